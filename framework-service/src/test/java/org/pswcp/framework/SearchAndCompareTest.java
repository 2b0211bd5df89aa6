package org.pswcp.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.pswcp.testkit.Problems.problem;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.ContractValidation;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SearchAndCompareTest {

    static final String OCT = "/v1/frameworks/mh-psw/versions/2020-10";

    @Test
    void searchRanksAnExactPhraseFirst() {
        given().queryParam("q", "informed consent").get(OCT + "/search").then().statusCode(200)
                .body("items[0].exactPhrase", equalTo(true))
                .body("items[0].statement.text", containsString("informed consent"))
                .body("items.statement.code", hasItem("2.5.2"));
    }

    @Test
    void searchFiltersByDomainAndArea() {
        given().queryParam("q", "supervision").queryParam("area", "6.2").get(OCT + "/search").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.not(empty()))
                .body("items.statement.area", everyItem(equalTo("6.2")));
        given().queryParam("q", "supervision").queryParam("domain", "2").get(OCT + "/search").then().statusCode(200)
                .body("items.statement.domain", everyItem(equalTo("2")));
    }

    @Test
    void aSearchWithoutQueryIsA400NamingIt() {
        given().filter(ContractValidation.deliberatelyInvalid()).get(OCT + "/search").then()
                .spec(problem(400, "validation-failed"))
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void comparingFindsAStatementRewordedInADraft() {
        String framework = Packages.newCode("cmp");
        Packages.importDraft(framework, Packages.publicationAs(framework, "base"));
        Packages.asEditor().post("/v1/frameworks/" + framework + "/versions/base/publication").then().statusCode(200);
        Packages.importDraft(framework, Packages.publicationAs(framework, "next"));
        Packages.asEditor().body("{\"text\":\"An ability to respect a withdrawal of consent at any time\"}")
                .patch("/v1/frameworks/" + framework + "/versions/next/statements/2.5.2.3").then().statusCode(200);

        Packages.asEditor().queryParam("from", "base").queryParam("to", "next")
                .get("/v1/frameworks/" + framework + "/comparisons").then().statusCode(200)
                .body("reworded", hasSize(1))
                .body("reworded[0].fromCode", equalTo("2.5.2.3"))
                .body("reworded[0].toText", equalTo("An ability to respect a withdrawal of consent at any time"))
                .body("added", empty()).body("removed", empty()).body("moved", empty());
    }

    @Test
    void comparingTheDraftOf2020WithThePublicationFollowsItsLineage() {
        given().queryParam("from", "2020-02").queryParam("to", "2020-10").get("/v1/frameworks/mh-psw/comparisons")
                .then().statusCode(200)
                .body("moved.find { it.fromCode == 'UNIT 1.2' }.toCode", equalTo("UNIT 2.1"))
                .body("moved.findAll { it.kind == 'domain' && it.toCode == '4' }.fromCode",
                        org.hamcrest.Matchers.containsInAnyOrder("5", "6"))
                .body("added.findAll { it.kind == 'area' }", hasSize(33))
                .body("removed", empty());
    }

    @Test
    void aDraftCannotBeComparedByThePublic() {
        String framework = Packages.frameworkWithDraft();
        given().queryParam("from", "v1").queryParam("to", "v1").get("/v1/frameworks/" + framework + "/comparisons")
                .then().spec(problem(404, "not-found"));
    }
}
