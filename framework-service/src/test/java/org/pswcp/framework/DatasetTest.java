package org.pswcp.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The framework as shipped: what the seeds say, loaded at start through the import path, published and public. */
@QuarkusTest
class DatasetTest {

    static final String OCT = "/v1/frameworks/mh-psw/versions/2020-10";

    @Test
    void theNineDomainsOfTheMapWithTheirKinds() {
        given().get(OCT + "/domains").then().statusCode(200)
                .body("items.code", contains("1", "2", "3", "4", "5", "6", "7", "8", "9"))
                .body("items.kind", contains("CORE", "CORE", "CORE", "CORE", "CORE", "CORE", "META", "OPTIONAL",
                        "ORGANISATIONAL"))
                .body("items[1].title", equalTo("Knowledge for peer support workers"));
    }

    @Test
    void everyCompetenceAreaOfTheMapWithItsTitle() {
        given().queryParam("limit", 100).get(OCT + "/areas").then().statusCode(200)
                .body("items", hasSize(33))
                .body("items.code", contains("1.1", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.2",
                        "3.3", "3.4", "3.5", "3.6", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "5.1", "5.2",
                        "5.3", "5.4", "6.1", "6.2", "7.1", "8.1", "8.2", "8.3", "9.1", "9.2"));
        given().get(OCT + "/areas/2.5").then().statusCode(200)
                .body("title", equalTo("Knowledge of, and ability to work with, issues of confidentiality, consent"
                        + " and information sharing"))
                .body("units", contains("UNIT 1.6"));
        given().get(OCT + "/areas/9.2").then().statusCode(200)
                .body("title", equalTo("Ability to organise work-based supervision of peer support workers"));
    }

    @Test
    void statementsPerAreaMatchTheSources() {
        Map<String, Integer> expected = Map.of("2.1", 40, "2.5", 40, "2.7", 12, "3.1", 16, "4.2", 3, "6.2", 18,
                "8.3", 4, "9.1", 0);
        expected.forEach((area, count) -> given().queryParam("area", area).queryParam("limit", 200)
                .get(OCT + "/statements").then().statusCode(200).body("items", hasSize(count)));
        int total = 0;
        String cursor = null;
        do {
            var page = given().queryParam("limit", 200).queryParam("cursor", cursor == null ? "" : cursor)
                    .get(OCT + "/statements").then().statusCode(200).extract();
            total += page.<List<?>> path("items").size();
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(total).as("399 statements and 21 sub-headings").isEqualTo(420);
    }

    @Test
    void thirtyCurriculumUnitsWithTheirMappingAndCoverage() {
        given().queryParam("limit", 100).get(OCT + "/units").then().statusCode(200)
                .body("items", hasSize(30))
                .body("items[0].code", equalTo("UNIT 1.1"))
                .body("items[29].code", equalTo("UNIT 5.3"));
        given().get(OCT + "/units/UNIT 1.6").then().statusCode(200)
                .body("title", equalTo("Knowledge of, and ability to work with, issues of confidentiality, consent and"
                        + " information sharing"))
                .body("section", equalTo("1"))
                .body("areas", contains("2.5"))
                .body("statements", hasSize(35))
                .body("aims[0]", equalTo("To help peer support workers understand the principles underpinning"
                        + " confidentiality, consent and information sharing, and the ways in which these issues are"
                        + " managed in practice"));
        Map<String, Integer> coverage = Map.of("UNIT 1.2", 35, "UNIT 3.2", 3, "UNIT 4.2", 18, "UNIT 5.3", 4);
        coverage.forEach((unit, count) -> given().get(OCT + "/units/" + unit).then().statusCode(200)
                .body("statements", hasSize(count)));
    }

    @Test
    void statementsAreWordForWordAndNestedAsTheSources() {
        given().get(OCT + "/statements/2.1.1.6").then().statusCode(200)
                .body("kind", equalTo("STATEMENT"))
                .body("text", equalTo("An ability to draw on a working knowledge of how people may experience a mental"
                        + " health crisis, holding in mind that such events:"))
                .body("children", contains("2.1.1.6.1", "2.1.1.6.2", "2.1.1.6.3", "2.1.1.6.4"))
                .body("parent", equalTo("2.1.1"));
        given().get(OCT + "/statements/2.1.1.6.3").then().statusCode(200)
                .body("text", equalTo("may reflect the person's sense that they are 'out of their depth'"))
                .body("depth", equalTo(3)).body("position", equalTo(3)).body("area", equalTo("2.1"));
        given().get(OCT + "/statements/2.5.2.3.1").then().statusCode(200)
                .body("text", equalTo("in the event of consent being declined or withdrawn, an ability to respect the"
                        + " individual's right to make this decision and the ability to seek advice from senior"
                        + " colleagues or a supervisor when required"))
                .body("units", contains("UNIT 1.6"));
        given().get(OCT + "/statements/2.5.2").then().statusCode(200)
                .body("kind", equalTo("HEADING")).body("text", equalTo("Ability to gain informed consent"));
        given().get(OCT + "/statements/3.1.3.2.1").then().statusCode(200)
                .body("text", equalTo("recovery is about living a meaningful, satisfying and purposeful life"))
                .body("parent", equalTo("3.1.3.2")).body("units", contains("UNIT 2.1"));
        given().get(OCT + "/statements/6.2.3.2").then().statusCode(200)
                .body("text", equalTo("present an honest and open account of the work being undertaken, including"
                        + " reflections on the emotional impact of the work"));
    }

    @Test
    void roleProfilesNameTheAreasAndLevelsEachRoleNeeds() {
        given().get(OCT + "/role-profiles").then().statusCode(200)
                .body("items.code", contains("psw", "senior-psw", "peer-coordinator", "psw-specialist"));
        given().get(OCT + "/role-profiles/senior-psw").then().statusCode(200)
                .body("requirements", hasSize(28))
                .body("requirements.find { it.area == '6.2' }.level", equalTo("can-support-others"))
                .body("requirements.find { it.area == '6.2' }.levelLabel", equalTo("Can support others"));
        given().get(OCT + "/role-profiles/psw-specialist").then().statusCode(200)
                .body("requirements.area", org.hamcrest.Matchers.hasItems("8.1", "8.2", "8.3"));
    }

    @Test
    void theFebruaryDraftHasItsTenDomainsFourSectionsAndLineage() {
        String feb = "/v1/frameworks/mh-psw/versions/2020-02";
        given().get(feb + "/domains").then().statusCode(200).body("items", hasSize(10));
        given().get(feb + "/tree").then().statusCode(200)
                .body("curriculum", hasSize(4))
                .body("version.stage", equalTo("consultation-draft"));
        given().get("/v1/frameworks/mh-psw/versions/2020-10").then().statusCode(200)
                .body("supersedes", equalTo("2020-02")).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void itemIdsAreStableAndDerivedFromTheirCodes() {
        String id = given().get(OCT + "/statements/2.5.2.3").then().statusCode(200).extract().path("id");
        assertThat(id).isEqualTo(org.pswcp.framework.catalogue.CatalogueIds
                .item("mh-psw", "2020-10", "statement", "2.5.2.3").toString());
    }
}
