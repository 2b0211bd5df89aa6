package org.pswcp.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pswcp.testkit.Problems.problem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CachingAndEditingTest {

    @Test
    void publishedContentHasAStrongEtagAndIsPublicAndANotModifiedAnswer() {
        String tree = "/v1/frameworks/mh-psw/versions/2020-10/tree";
        String etag = given().get(tree).then().statusCode(200)
                .header("Cache-Control", "public, max-age=86400")
                .extract().header("ETag");
        assertThat(etag).startsWith("\"p-");
        given().header("If-None-Match", etag).get(tree).then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "\"something-else\"").get(tree).then().statusCode(200);
        given().header("If-None-Match", etag).get("/v1/frameworks/mh-psw/versions/2020-10/areas/2.5")
                .then().statusCode(200);
    }

    @Test
    void aDraftIsPrivateAndChangesOnlyWithTheCurrentEtag() {
        String framework = Packages.frameworkWithDraft();
        String version = "/v1/frameworks/" + framework + "/versions/v1";
        String etag = Packages.asEditor().get(version + "/tree").then().statusCode(200)
                .header("Cache-Control", "private, no-cache").extract().header("ETag");

        String changed = Packages.asEditor().header("If-Match", etag)
                .body("{\"text\":\"consent, capacity and choice\"}")
                .patch(version + "/statements/1.1.1.1").then().statusCode(200).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        Packages.asEditor().header("If-Match", etag).body("{\"text\":\"a lost update\"}")
                .patch(version + "/statements/1.1.1.1").then().spec(problem(412, "precondition-failed"));
        Packages.asEditor().get(version + "/statements/1.1.1.1").then().statusCode(200)
                .body("text", equalTo("consent, capacity and choice"));
        Packages.asEditor().header("If-Match", changed).body("{\"text\":\"x\"}")
                .patch(version + "/statements/9.9").then().spec(problem(404, "not-found"));
    }

    @Test
    void aPublishedVersionRefusesEveryEdit() {
        Packages.asEditor().body("{\"text\":\"A new wording\"}")
                .patch("/v1/frameworks/mh-psw/versions/2020-10/statements/2.5.2.3")
                .then().spec(problem(409, "conflict"));
        Packages.asEditor().body(Packages.publicationAs("mh-psw", "2020-10").toString())
                .put("/v1/frameworks/mh-psw/versions/2020-10/package")
                .then().spec(problem(409, "conflict"));
        given().get("/v1/frameworks/mh-psw/versions/2020-10/statements/2.5.2.3").then().statusCode(200)
                .body("text", equalTo("An ability to draw on knowledge that individuals have a right to withdraw or"
                        + " limit consent at any time:"));
    }

    @Test
    void onlyEditorsEditDrafts() {
        String framework = Packages.frameworkWithDraft();
        given().contentType("application/json").body("{\"text\":\"x\"}")
                .patch("/v1/frameworks/" + framework + "/versions/v1/statements/1.1.1")
                .then().spec(problem(401, "unauthenticated"));
        given().header("Authorization", org.pswcp.testkit.Tokens.user("hana").roles("hr").organisation("R9A").bearer())
                .contentType("application/json").body("{\"text\":\"x\"}")
                .patch("/v1/frameworks/" + framework + "/versions/v1/statements/1.1.1")
                .then().spec(problem(403, "forbidden"));
    }
}
