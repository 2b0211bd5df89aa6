package org.pswcp.framework;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.pswcp.framework.catalogue.CatalogueIds;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.AuthorisationMatrix;
import org.pswcp.testkit.AuthorisationMatrix.Call;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every operation of openapi/framework-service.yaml as every role: the national framework's published versions are
 * public, to anyone, with a token or without; a draft is the framework editors' alone (404 to everyone else); only
 * editors change the catalogue; only auditors read the audit trail; a worker, or HR on their behalf, exports what the
 * trail holds about them. Rows that change a record make a fresh one for each caller.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    static final String F = "/v1/frameworks/mh-psw";
    static final String OCT = F + "/versions/2020-10";
    static final String CASE = "/ims/case/v1p0";

    @Test
    void everyoneReadsThePublishedFrameworkAndOnlyEditorsTheRest() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("psw", Tokens.user("alex").roles(Roles.PSW).organisation("R9A").workerId("10000001").bearer());
        callers.put("hr", Tokens.user("hana").roles(Roles.HR).organisation("R9A").bearer());
        callers.put("auditor", Tokens.user("aud").roles(Roles.AUDITOR).organisation("R9A").bearer());
        callers.put("editor", Tokens.user("ed").roles(Roles.FRAMEWORK_EDITOR).organisation("X26").bearer());
        callers.put("operator", Tokens.user("olu").roles(Roles.OPERATOR).organisation("X26").bearer());
        callers.put("recordsManager", Tokens.user("rhea").roles(Roles.RECORDS_MANAGER).organisation("R9A").bearer());
        callers.put("learningSystem", Tokens.user("service-account-learning-system-r9a").roles(Roles.LEARNING_SYSTEM)
                .organisation("R9A").clientId("learning-system-r9a").bearer());
        callers.put("none", null);

        String draftFramework = Packages.frameworkWithDraft();
        String draft = "/v1/frameworks/" + draftFramework + "/versions/v1";
        String oct = CatalogueIds.version("mh-psw", "2020-10").toString();
        JsonPath pkg = given().get(CASE + "/CFPackages/" + oct).then().statusCode(200).extract().jsonPath();
        String item = pkg.getString("CFItems.find { it.humanCodingScheme == '2.5.2.3' }.identifier");

        int[] everyone = {200, 200, 200, 200, 200, 200, 200, 200};
        int[] editorsOnly = {404, 404, 404, 200, 404, 404, 404, 404};
        AuthorisationMatrix matrix = AuthorisationMatrix.of("framework-service.yaml", callers);
        // psw, hr, auditor, editor, operator, recordsManager, learningSystem (the public reads only), none
        read(matrix, "GET /v1/frameworks", "/v1/frameworks", everyone);
        read(matrix, "GET /v1/frameworks/{frameworkCode}", F, everyone);
        read(matrix, "GET /v1/frameworks/{frameworkCode}/comparisons", F + "/comparisons?from=2020-02&to=2020-10",
                everyone);
        read(matrix, "GET /v1/frameworks/{frameworkCode}/versions", F + "/versions", everyone);
        for (String version : new String[]{OCT, draft}) {
            int[] expected = version.equals(OCT) ? everyone : editorsOnly;
            read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}", version, expected);
            read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/tree", version + "/tree", expected);
            read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/package", version + "/package",
                    expected);
            read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/statements.csv",
                    version + "/statements.csv", expected);
            read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/domains", version + "/domains",
                    expected);
            read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/areas", version + "/areas",
                    expected);
            read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/statements",
                    version + "/statements", expected);
            read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/units", version + "/units",
                    expected);
            read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/role-profiles",
                    version + "/role-profiles", expected);
            read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/search",
                    version + "/search?q=consent", expected);
        }
        read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/domains/{domainCode}",
                OCT + "/domains/2", everyone);
        read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/areas/{areaCode}",
                OCT + "/areas/2.5", everyone);
        read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/statements/{statementCode}",
                OCT + "/statements/2.5.2.3", everyone);
        read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/units/{unitCode}",
                OCT + "/units/UNIT 1.6", everyone);
        read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/role-profiles/{roleCode}",
                OCT + "/role-profiles/senior-psw", everyone);
        read(matrix, "GET /v1/frameworks/{frameworkCode}/versions/{versionCode}/statements/{statementCode}",
                draft + "/statements/1.1.1", editorsOnly);

        // CASE 1.0: the published versions, public.
        read(matrix, "GET /ims/case/v1p0/CFDocuments", CASE + "/CFDocuments", everyone);
        read(matrix, "GET /ims/case/v1p0/CFDocuments/{sourcedId}", CASE + "/CFDocuments/" + oct, everyone);
        read(matrix, "GET /ims/case/v1p0/CFPackages/{sourcedId}", CASE + "/CFPackages/" + oct, everyone);
        read(matrix, "GET /ims/case/v1p0/CFItems/{sourcedId}", CASE + "/CFItems/" + item, everyone);
        read(matrix, "GET /ims/case/v1p0/CFItemAssociations/{sourcedId}", CASE + "/CFItemAssociations/" + item,
                everyone);
        read(matrix, "GET /ims/case/v1p0/CFAssociations/{sourcedId}",
                CASE + "/CFAssociations/" + pkg.getString("CFAssociations[0].identifier"), everyone);
        read(matrix, "GET /ims/case/v1p0/CFRubrics/{sourcedId}",
                CASE + "/CFRubrics/" + pkg.getString("CFRubrics[0].identifier"), everyone);
        for (String definition : new String[]{"CFConcepts", "CFItemTypes", "CFSubjects", "CFLicenses",
                "CFAssociationGroupings"}) {
            read(matrix, "GET /ims/case/v1p0/" + definition + "/{sourcedId}", CASE + "/" + definition + "/"
                    + pkg.getString("CFDefinitions." + definition + "[0].identifier"), everyone);
        }

        int[] editors = {403, 403, 403, 200, 403, 403, 403, 401};
        matrix.row("PUT /v1/frameworks/{frameworkCode}", () -> new Call("PUT", "/v1/frameworks/"
                + Packages.newCode("m"), "{\"title\":\"A framework\"}"), 403, 403, 403, 201, 403, 403, 403, 401)
                .row("POST /v1/frameworks/{frameworkCode}/versions", fresh(code -> new Call("POST",
                        "/v1/frameworks/" + code + "/versions", Packages.small(code, "v1").toString())),
                        403, 403, 403, 201, 403, 403, 403, 401)
                .row("PUT /v1/frameworks/{frameworkCode}/versions/{versionCode}/package", withDraft(code -> new Call(
                        "PUT", "/v1/frameworks/" + code + "/versions/v1/package",
                        Packages.small(code, "v1").toString())), editors)
                .row("PATCH /v1/frameworks/{frameworkCode}/versions/{versionCode}/statements/{statementCode}",
                        withDraft(code -> new Call("PATCH", "/v1/frameworks/" + code + "/versions/v1/statements/1.1.1",
                                "{\"text\":\"An ability to draw on knowledge of the law:\"}")),
                        editors)
                .row("POST /v1/frameworks/{frameworkCode}/versions/{versionCode}/publication",
                        withDraft(code -> new Call("POST", "/v1/frameworks/" + code + "/versions/v1/publication",
                                null)),
                        editors)
                // The operator's: a published version announced again.
                .row("POST /v1/frameworks/{frameworkCode}/versions/{versionCode}/announcement", "POST",
                        OCT + "/announcement", null, 403, 403, 403, 403, 200, 403, 403, 401)
                // The change feed: HR (people and HR systems) of an organisation; here the national events.
                .row("GET /v1/changes", "GET", "/v1/changes?limit=1", null, 403, 200, 403, 403, 403, 403, 403, 401)
                // The operator's; framework-service consumes no topic, so it has no dead letters and no consumer.
                .row("GET /v1/dead-letters", "GET", "/v1/dead-letters", null, 403, 403, 403, 403, 200, 403, 403, 401)
                .row("POST /v1/dead-letters/replay", "POST", "/v1/dead-letters/replay",
                        "{\"consumer\":\"framework.none\"}", 403, 403, 403, 403, 404, 403, 403, 401)
                .row("GET /v1/audit-events", "GET", "/v1/audit-events", null, 403, 403, 200, 403, 403, 403, 403, 401)
                // The worker themself, or HR for any worker of its organisation (this service has no roster).
                .row("GET /v1/workers/{workerId}/subject-access", "GET", "/v1/workers/10000001/subject-access", null,
                        200, 200, 403, 403, 403, 403, 403, 401)
                .row("GET /v1/workers/{workerId}/subject-access", "GET", "/v1/workers/10000002/subject-access", null,
                        404, 200, 403, 403, 403, 403, 403, 401)
                .check();
    }

    private static void read(AuthorisationMatrix matrix, String operation, String path, int[] expected) {
        matrix.row(operation, "GET", path, null, expected);
    }

    /** A request about a framework code nobody has used yet, made afresh for each caller. */
    private static Supplier<Call> fresh(java.util.function.Function<String, Call> call) {
        return () -> call.apply(Packages.newCode("m"));
    }

    /** A request about a new framework with a draft v1, made afresh for each caller. */
    private static Supplier<Call> withDraft(java.util.function.Function<String, Call> call) {
        return () -> call.apply(Packages.frameworkWithDraft());
    }
}
