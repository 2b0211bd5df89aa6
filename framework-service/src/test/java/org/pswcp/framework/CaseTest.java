package org.pswcp.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pswcp.framework.catalogue.CatalogueIds;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** The CASE 1.0 read API, field by field against the standard's definitions. */
@QuarkusTest
class CaseTest {

    static final String CASE = "/ims/case/v1p0";
    /** pswcp.case.base-url of the test profile. */
    static final String PUBLIC_BASE = "https://pswcp.example.nhs.uk/framework";
    static final String OCT = CatalogueIds.version("mh-psw", "2020-10").toString();
    static final String FEB = CatalogueIds.version("mh-psw", "2020-02").toString();

    static String item(String version, String kind, String code) {
        return CatalogueIds.item("mh-psw", version, kind, code).toString();
    }

    @Test
    void documentsAreOnePerPublishedVersionWithTheirTotal() {
        String body = given().queryParam("sort", "version").queryParam("orderBy", "desc")
                .get(CASE + "/CFDocuments").then().statusCode(200)
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue())
                .extract().asString();
        // CFDocumentSet.Type is {CFDocuments: [CFDocument.Type]}: the documents are checked one by one below.
        assertThat(CaseSchemas.parse(body).fieldNames()).toIterable().containsExactly("CFDocuments");
        JsonNode documents = CaseSchemas.parse(body).get("CFDocuments");
        List<String> ids = documents.findValuesAsText("identifier");
        assertThat(ids).contains(OCT, FEB);
        for (JsonNode document : documents) {
            CaseSchemas.assertValid("CFDocument.Type", document);
        }
        given().queryParam("limit", 1).queryParam("offset", 0).get(CASE + "/CFDocuments").then().statusCode(200)
                .body("CFDocuments.size()", equalTo(1));
    }

    /**
     * The catalogue is kept in memory and its list of published versions read again only every few seconds; a version
     * published in this replica is in it as soon as its publication commits.
     */
    @Test
    void aVersionPublishedHereIsADocumentAtOnce() {
        List<String> before = given().queryParam("limit", 10_000).get(CASE + "/CFDocuments").then().statusCode(200)
                .extract().path("CFDocuments.identifier");
        String code = Packages.frameworkWithDraft();
        String id = Packages.asEditor().post("/v1/frameworks/" + code + "/versions/v1/publication").then()
                .statusCode(200).extract().path("id");

        assertThat(before).doesNotContain(id);
        given().queryParam("limit", 10_000).get(CASE + "/CFDocuments").then().statusCode(200)
                .body("CFDocuments.identifier", org.hamcrest.Matchers.hasItem(id));
        given().get(CASE + "/CFDocuments/" + id).then().statusCode(200).body("identifier", equalTo(id));
    }

    @Test
    void aDocumentNamesItsVersionPublisherAndPackage() {
        String body = given().get(CASE + "/CFDocuments/" + OCT).then().statusCode(200)
                .body("identifier", equalTo(OCT))
                .body("title", equalTo("Competence Framework for Mental Health Peer Support Workers: Published"
                        + " framework (October 2020)"))
                .body("version", equalTo("2020-10"))
                .body("adoptionStatus", equalTo("Adopted"))
                .body("statusStartDate", equalTo("2020-10-01"))
                .body("language", equalTo("en"))
                .body("creator", org.hamcrest.Matchers.startsWith("National Collaborating Centre for Mental Health"))
                .body("CFPackageURI.identifier", equalTo(OCT))
                .extract().asString();
        CaseSchemas.assertValid("CFDocument.Type", body);
        given().get(CASE + "/CFDocuments/" + FEB).then().statusCode(200).body("adoptionStatus", equalTo("Draft"));
    }

    @Test
    void thePackageHasEveryItemTheHierarchyAndTheCoverageAndFitsTheSchema() {
        String body = given().get(CASE + "/CFPackages/" + OCT).then().statusCode(200).extract().asString();
        CaseSchemas.assertValidPackage(body);
        JsonNode pkg = CaseSchemas.parse(body);
        assertThat(pkg.get("CFItems")).hasSize(9 + 33 + 420 + 5 + 30);
        List<JsonNode> associations = List.copyOf(toList(pkg.get("CFAssociations")));
        assertThat(associations.stream().filter(a -> a.get("associationType").asText().equals("isChildOf")))
                .hasSize(9 + 33 + 420 + 5 + 30);
        assertThat(associations.stream().filter(a -> a.get("associationType").asText().equals("isRelatedTo")))
                .hasSize(399);
        assertThat(pkg.at("/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels")).hasSize(4);
        assertThat(pkg.at("/CFDefinitions/CFItemTypes")).hasSize(6);
    }

    @Test
    void anItemIsTheStatementWithItsCodeTypeAndDocument() {
        String id = item("2020-10", "statement", "2.5.2.3");
        String body = given().get(CASE + "/CFItems/" + id).then().statusCode(200)
                .body("identifier", equalTo(id))
                .body("fullStatement", equalTo("An ability to draw on knowledge that individuals have a right to"
                        + " withdraw or limit consent at any time:"))
                .body("humanCodingScheme", equalTo("2.5.2.3"))
                .body("listEnumeration", equalTo("3"))
                .body("CFItemType", equalTo("Competence statement"))
                .body("CFItemTypeURI.title", equalTo("Competence statement"))
                .body("language", equalTo("en"))
                .body("CFDocumentURI.identifier", equalTo(OCT))
                .extract().asString();
        CaseSchemas.assertValid("CFItem.Type", body);
        given().get(CASE + "/CFItems/" + item("2020-10", "domain", "9")).then().statusCode(200)
                .body("CFItemType", equalTo("Domain"))
                .body("conceptKeywords", org.hamcrest.Matchers.contains("organisational"));
    }

    @Test
    void anItemsAssociationsPlaceItInTheHierarchyAndTheCurriculum() {
        String id = item("2020-10", "statement", "2.5.2.3");
        String body = given().get(CASE + "/CFItemAssociations/" + id).then().statusCode(200).extract().asString();
        JsonNode set = CaseSchemas.parse(body);
        CaseSchemas.assertValid("CFItem.Type", set.get("CFItem"));
        List<JsonNode> associations = toList(set.get("CFAssociations"));
        associations.forEach(a -> CaseSchemas.assertValid("CFPckgAssociation.Type", a));
        assertThat(associations).anySatisfy(a -> {
            assertThat(a.get("associationType").asText()).isEqualTo("isChildOf");
            assertThat(a.at("/originNodeURI/identifier").asText()).isEqualTo(id);
            assertThat(a.at("/destinationNodeURI/identifier").asText())
                    .isEqualTo(item("2020-10", "statement", "2.5.2"));
            assertThat(a.get("sequenceNumber").asInt()).isEqualTo(3);
        });
        assertThat(associations).anySatisfy(a -> {
            assertThat(a.get("associationType").asText()).isEqualTo("isRelatedTo");
            assertThat(a.at("/originNodeURI/identifier").asText()).isEqualTo(item("2020-10", "unit", "UNIT 1.6"));
        });
        String associationId = associations.get(0).get("identifier").asText();
        CaseSchemas.assertValid("CFAssociation.Type",
                given().get(CASE + "/CFAssociations/" + associationId).then().statusCode(200).extract().asString());
    }

    @Test
    void theDraftOf2020LeadsToThePublicationThroughLineage() {
        List<JsonNode> associations = toList(CaseSchemas.parse(given().get(CASE + "/CFItemAssociations/"
                + item("2020-02", "unit", "UNIT 1.1")).then().statusCode(200).extract().asString())
                .get("CFAssociations"));
        assertThat(associations).anySatisfy(a -> {
            assertThat(a.get("associationType").asText()).isEqualTo("exactMatchOf");
            assertThat(a.at("/destinationNodeURI/identifier").asText()).isEqualTo(item("2020-10", "unit", "UNIT 1.1"));
        });
        List<JsonNode> domainFive = toList(CaseSchemas.parse(given().get(CASE + "/CFItemAssociations/"
                + item("2020-02", "domain", "5")).then().statusCode(200).extract().asString())
                .get("CFAssociations"));
        assertThat(domainFive).anySatisfy(a -> {
            assertThat(a.get("associationType").asText()).isEqualTo("replacedBy");
            assertThat(a.at("/destinationNodeURI/identifier").asText()).isEqualTo(item("2020-10", "domain", "4"));
        });
    }

    @Test
    void theRatingScaleIsARubric() {
        String id = CatalogueIds.item("mh-psw", "2020-10", "rating-scale", "default-4").toString();
        String body = given().get(CASE + "/CFRubrics/" + id).then().statusCode(200)
                .body("CFRubricCriteria[0].CFRubricCriterionLevels.quality", org.hamcrest.Matchers.contains(
                        "Not yet demonstrated", "Developing", "Competent", "Can support others"))
                .body("CFRubricCriteria[0].CFRubricCriterionLevels.score",
                        org.hamcrest.Matchers.contains(1.0f, 2.0f, 3.0f, 4.0f))
                .extract().asString();
        CaseSchemas.assertValid("CFRubric.Type", body);
    }

    @Test
    void definitionsAreServedEachOnItsOwn() {
        JsonNode definitions = CaseSchemas.parse(given().get(CASE + "/CFPackages/" + OCT).then().statusCode(200)
                .extract().asString()).get("CFDefinitions");
        CaseSchemas.assertValid("CFItemTypeSet.Type", given().get(CASE + "/CFItemTypes/"
                + definitions.at("/CFItemTypes/0/identifier").asText()).then().statusCode(200).extract().asString());
        CaseSchemas.assertValid("CFConceptSet.Type", given().get(CASE + "/CFConcepts/"
                + definitions.at("/CFConcepts/0/identifier").asText()).then().statusCode(200).extract().asString());
        CaseSchemas.assertValid("CFSubjectSet.Type", given().get(CASE + "/CFSubjects/"
                + definitions.at("/CFSubjects/0/identifier").asText()).then().statusCode(200).extract().asString());
        CaseSchemas.assertValid("CFLicense.Type", given().get(CASE + "/CFLicenses/"
                + definitions.at("/CFLicenses/0/identifier").asText()).then().statusCode(200).extract().asString());
        CaseSchemas.assertValid("CFAssociationGrouping.Type", given().get(CASE + "/CFAssociationGroupings/"
                + definitions.at("/CFAssociationGroupings/0/identifier").asText()).then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyUriInThePackageResolves() {
        JsonNode pkg = CaseSchemas.parse(given().get(CASE + "/CFPackages/" + FEB).then().statusCode(200)
                .extract().asString());
        Set<String> uris = new LinkedHashSet<>();
        pkg.findValuesAsText("uri").forEach(u -> uris.add(u.replaceFirst("#.*$", "")));
        assertThat(uris).hasSizeGreaterThan(50);
        for (String uri : uris) {
            assertThat(given().get(served(uri)).then().extract().statusCode()).as(uri).isEqualTo(200);
        }
        JsonNode oct = CaseSchemas.parse(given().get(CASE + "/CFPackages/" + OCT).then().statusCode(200)
                .extract().asString());
        List<String> sample = oct.findValuesAsText("uri").stream().filter(u -> u.contains("/CFItems/")).distinct()
                .filter(u -> Math.abs(u.hashCode()) % 25 == 0).toList();
        assertThat(sample).isNotEmpty();
        sample.forEach(uri -> assertThat(given().get(served(uri)).then().extract().statusCode()).as(uri)
                .isEqualTo(200));
    }

    /** A uri under the configured public address, as the path the test server answers at. */
    private static String served(String uri) {
        assertThat(uri).startsWith(PUBLIC_BASE + CASE + "/");
        return uri.substring(PUBLIC_BASE.length());
    }

    @Test
    void urisComeFromConfigurationWhateverTheHostHeaderSays() {
        // A caller chooses the Host header: were uris (or a cache) keyed by it, a few thousand Hosts would fill the
        // heap.
        for (int i = 0; i < 200; i++) {
            String host = "attacker-" + i + ".example";
            String body = given().header("Host", host).header("X-Forwarded-Host", host)
                    .get(CASE + "/CFDocuments/" + OCT).then().statusCode(200)
                    .body("uri", equalTo(PUBLIC_BASE + CASE + "/CFDocuments/" + OCT)).extract().asString();
            assertThat(body).doesNotContain("attacker-");
        }
    }

    @Test
    void unknownAndMalformedIdsAnswerWithStatusInfo() {
        String unknown = "6ba7b810-9dad-51d1-80b4-00c04fd430c8";
        String body = given().get(CASE + "/CFItems/" + unknown).then().statusCode(404)
                .body("imsx_codeMajor", equalTo("failure"))
                .body("imsx_severity", equalTo("error"))
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue", equalTo("unknownobject"))
                .extract().asString();
        CaseSchemas.assertValid("imsx_StatusInfo.Type", body);
        given().get(CASE + "/CFDocuments/not-a-uuid").then().statusCode(400)
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue", equalTo("invaliduuid"));
        given().queryParam("sort", "colour").get(CASE + "/CFDocuments").then().statusCode(400)
                .body("imsx_codeMinor.imsx_codeMinorField.imsx_codeMinorFieldValue", hasItem("invalid_sort_field"));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
