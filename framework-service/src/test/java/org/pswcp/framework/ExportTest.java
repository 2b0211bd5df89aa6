package org.pswcp.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExportTest {

    @Test
    void theExportOfAShippedVersionIsItsPackageByteForByte() {
        String exported = given().get("/v1/frameworks/mh-psw/versions/2020-10/package").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"mh-psw-2020-10.json\"")
                .extract().asString();
        assertThat(exported).isEqualTo(Packages.resource(Packages.PUBLICATION));
    }

    @Test
    void exportImportExportGivesTheSameDocument() throws Exception {
        String framework = Packages.newCode("rt");
        Packages.importDraft(framework, Packages.publicationAs(framework, "a"));
        String first = Packages.asEditor().get("/v1/frameworks/" + framework + "/versions/a/package")
                .then().statusCode(200).extract().asString();

        var reimport = (com.fasterxml.jackson.databind.node.ObjectNode) Packages.JSON.readTree(first);
        ((com.fasterxml.jackson.databind.node.ObjectNode) reimport.get("version")).put("code", "b");
        Packages.importDraft(framework, reimport);
        String second = Packages.asEditor().get("/v1/frameworks/" + framework + "/versions/b/package")
                .then().statusCode(200).extract().asString();

        assertThat(second).isEqualTo(first.replace("\"code\": \"a\"", "\"code\": \"b\""));
    }

    @Test
    void theCsvHasOneRowPerStatementWithItsDomainAreaAndUnits() {
        String csv = given().get("/v1/frameworks/mh-psw/versions/2020-10/statements.csv").then().statusCode(200)
                .contentType("text/csv")
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "id,code,kind,parent_code,depth,domain_code,domain_title,area_code,area_title,unit_codes,text");
        assertThat(lines).hasSize(1 + 420);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",2.5.2.3.1,STATEMENT,2.5.2.3,3,2,"
                + "Knowledge for peer support workers,2.5,\"Knowledge of, and ability to work with, issues of"
                + " confidentiality, consent and information sharing\",UNIT 1.6,\"in the event of consent being"
                + " declined or withdrawn, an ability to respect"));
    }

    @Test
    void noCellOfTheCsvStartsAFormulaInASpreadsheet() {
        String framework = Packages.newCode("csv");
        var pkg = Packages.small(framework, "v1");
        ((com.fasterxml.jackson.databind.node.ObjectNode) pkg.at("/domains/0")).put("title", "=HYPERLINK(\"x\")");
        ((com.fasterxml.jackson.databind.node.ObjectNode) pkg.at("/domains/0/areas/0")).put("title", "@SUM(A1:A9)");
        ((com.fasterxml.jackson.databind.node.ObjectNode) pkg.at("/domains/0/areas/0/statements/0"))
                .put("text", "+1+cmd|' /C calc'!A0");
        ((com.fasterxml.jackson.databind.node.ObjectNode) pkg.at("/domains/1/areas/0/statements/0"))
                .put("text", "-2, to be sure");
        Packages.importDraft(framework, pkg);

        String csv = Packages.asEditor().get("/v1/frameworks/" + framework + "/versions/v1/statements.csv").then()
                .statusCode(200).extract().asString();
        List<String> rows = csv.lines().skip(1).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains(",\"'=HYPERLINK(\"\"x\"\")\"", ",'@SUM(A1:A9),", ",'+1+cmd|' /C calc'!A0");
        assertThat(rows.get(2)).endsWith(",\"'-2, to be sure\"");
        // Every cell, unquoted, begins with something other than a formula character.
        for (String row : rows) {
            for (String cell : row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String value = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(value).as(row).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@");
            }
        }
    }
}
