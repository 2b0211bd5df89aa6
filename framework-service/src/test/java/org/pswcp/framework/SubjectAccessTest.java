package org.pswcp.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.pswcp.testkit.Problems.problem;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.Tokens;
import org.pswcp.testkit.WorkerIds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A worker's subject access export from framework-service, which holds nothing about a person but its audit trail:
 * priya's own refused attempt to change the framework is in her export when she asks; a colleague's (marked OTHER)
 * never is; HR's export on her behalf has the trail's entries on her; another trust's HR finds nothing of this trust's.
 * Every export is audited.
 */
@QuarkusTest
class SubjectAccessTest {

    private static final String OTHER = "OTHER" + UUID.randomUUID().toString().replace("-", "");

    @Inject
    DataSource dataSource;

    @Test
    void aWorkersExportHoldsTheTrailAboutThemAndNothingAboutAnyoneElse() {
        String priya = WorkerIds.fresh();
        String priyaName = "priya-" + priya;
        String asPriya = Tokens.user(priyaName).roles(Roles.PSW).organisation("R9A").workerId(priya).bearer();
        String colleague = Tokens.user(OTHER).roles(Roles.PSW).organisation("R9A").workerId("1" + priya).bearer();
        String hr = Tokens.user("hana").roles(Roles.HR).organisation("R9A").bearer();
        for (String attempt : new String[]{asPriya, colleague}) {
            given().header("Authorization", attempt).contentType(ContentType.JSON).body("{\"title\":\"A framework\"}")
                    .put("/v1/frameworks/" + Packages.newCode("m")).then().spec(problem(403, "forbidden"));
        }
        String path = "/v1/workers/" + priya + "/subject-access";

        String own = given().header("Authorization", asPriya).get(path).then().statusCode(200)
                .body("service", equalTo("framework-service"))
                .body("workerId", equalTo(priya))
                .body("organisation", equalTo("R9A"))
                .body("auditEvents.find { it.action == 'PUT /v1/frameworks/{frameworkCode}' }.outcome",
                        equalTo("DENIED"))
                .body("auditEvents.actorName", everyItem(equalTo(priyaName)))
                .extract().asString();
        assertThat(own).doesNotContain(OTHER);
        // HR, asking for her: the trail's entries on her (her own export just now), not her actions elsewhere.
        String onBehalf = given().header("Authorization", hr).get(path).then().statusCode(200)
                .body("workerId", equalTo(priya))
                .body("auditEvents.action", hasItem("subject-access.export"))
                .body("auditEvents.action", not(hasItem("PUT /v1/frameworks/{frameworkCode}")))
                .body("auditEvents.resourceId", everyItem(equalTo(priya)))
                .extract().asString();
        assertThat(onBehalf).doesNotContain(OTHER);
        assertThat(new Db(dataSource).count("select count(*) from kit.audit_event where action = ?"
                + " and resource_id = ? and organisation = 'R9A' and outcome = 'SUCCEEDED'", "subject-access.export",
                priya)).isEqualTo(2);

        // Another trust's worker of that id is another person: their HR finds nothing of R9A's.
        given().header("Authorization", Tokens.user("hal").roles(Roles.HR).organisation("R9B").bearer()).get(path)
                .then().statusCode(200)
                .body("organisation", equalTo("R9B"))
                .body("auditEvents", empty());

        // Nobody else: a colleague, an auditor, no token.
        given().header("Authorization", colleague).get(path).then().spec(problem(404, "not-found"));
        given().header("Authorization", Tokens.user("aud").roles(Roles.AUDITOR).organisation("R9A").bearer())
                .get(path).then().spec(problem(403, "forbidden"));
        given().get(path).then().spec(problem(401, "unauthenticated"));
    }
}
