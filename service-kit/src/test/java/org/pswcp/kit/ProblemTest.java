package org.pswcp.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.pswcp.testkit.Problems.problem;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProblemTest {

    @Inject
    DataSource dataSource;

    private static String hr() {
        return Tokens.user("hana.hr").roles(Roles.HR).organisation("R9A").bearer();
    }

    @Test
    void invalidFieldIsA400ProblemNamingTheFieldAndStoresNothing() {
        String title = " ";
        long before = new Db(dataSource).count("select count(*) from sample_record");
        given().header("Authorization", hr()).contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\",\"quantity\":11}")
                .when().post("/samples")
                .then().spec(problem(400, "validation-failed"))
                .body("errors", hasSize(2))
                .body("errors[0].field", equalTo("quantity"))
                .body("errors[1].field", equalTo("title"));
        assertThat(new Db(dataSource).count("select count(*) from sample_record")).isEqualTo(before);
        assertThat(new Db(dataSource).count("select count(*) from kit.outbox_event")).isEqualTo(
                new Db(dataSource).count("select count(*) from sample_record"));
    }

    @Test
    void unknownFieldIsRejectedByName() {
        given().header("Authorization", hr()).contentType(ContentType.JSON)
                .body("{\"title\":\"a\",\"colour\":\"red\"}")
                .when().post("/samples")
                .then().spec(problem(400, "validation-failed"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("is not a field of this request"));
    }

    @Test
    void wrongTypeIsRejectedByName() {
        given().header("Authorization", hr()).contentType(ContentType.JSON)
                .body("{\"title\":\"a\",\"quantity\":\"many\"}")
                .when().post("/samples")
                .then().spec(problem(400, "validation-failed"))
                .body("errors[0].field", equalTo("quantity"))
                .body("errors[0].message", equalTo("must be a whole number"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().header("Authorization", hr()).contentType(ContentType.JSON)
                .body("{\"title\": ")
                .when().post("/samples")
                .then().spec(problem(400, "malformed-request"));
    }

    @Test
    void missingBodyIsA400ProblemNamingTheBody() {
        given().header("Authorization", hr()).contentType(ContentType.JSON)
                .when().post("/samples")
                .then().spec(problem(400, "validation-failed"))
                .body("errors[0].field", equalTo("request"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().when().get("/nothing-here")
                .then().spec(problem(404, "not-found"))
                .body("instance", equalTo("/nothing-here"));
    }

    @Test
    void invalidIdInPathIsA404Problem() {
        given().header("Authorization", hr()).when().get("/samples/not-a-uuid")
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void wrongMethodIsA405ProblemWithAllow() {
        given().header("Authorization", hr()).when().delete("/samples/" + UUID.randomUUID())
                .then().spec(problem(405, "method-not-allowed")).header("Allow", containsString("GET"))
                .header("Allow", not(containsString("DELETE")));
    }

    @Test
    void wrongMediaTypeIsA415Problem() {
        given().header("Authorization", hr()).contentType(ContentType.XML).body("<sample/>")
                .when().post("/samples")
                .then().spec(problem(415, "unsupported-media-type"));
    }

    @Test
    void unexpectedErrorIsA500ProblemThatRevealsNothing() {
        given().when().get("/samples/broken")
                .then().spec(problem(500, "internal-error"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret")));
    }

    @Test
    void aDatabaseOutOfReachIsA503ProblemWithRetryAfterNotA500() {
        given().header("Authorization", hr()).when().get("/samples-elsewhere")
                .then().spec(problem(503, "unavailable"))
                .header("Retry-After", "5")
                .body("detail", containsString("Try again after Retry-After seconds"));
    }
}
