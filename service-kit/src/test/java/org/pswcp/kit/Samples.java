package org.pswcp.kit;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Tokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Fixtures of the kit's sample application: callers and created samples. */
final class Samples {

    static final String TOPIC = "sample.events";

    private Samples() {
    }

    static String hr(String organisation) {
        return Tokens.user("hr-" + organisation).roles(Roles.HR).organisation(organisation).bearer();
    }

    static String uniqueTitle() {
        return "sample " + UUID.randomUUID();
    }

    static Response create(String bearer, String title) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\",\"quantity\":2}")
                .when().post("/samples");
    }

    static UUID createdId(String title) {
        return UUID.fromString(create(hr("R9A"), title).then().statusCode(201).extract().path("id"));
    }

}
