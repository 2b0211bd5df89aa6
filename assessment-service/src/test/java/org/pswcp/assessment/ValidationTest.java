package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.testkit.Problems.problem;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.ContractValidation;
import org.pswcp.testkit.Db;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ValidationTest {

    @Inject
    DataSource db;

    @Test
    void ratingsAreValidatedAgainstThePinnedVersionAndNothingIsStored() {
        UUID version = Fixtures.publishedVersion();
        String worker = Fixtures.newWorkerId();
        String token = Fixtures.psw("R9A", worker);
        String id = Fixtures.start(token, "SELF", version, null, "[\"1.1\"]");
        as(token).body("{\"ratings\":[{\"statementCode\":\"7.7.7\",\"value\":3},"
                + "{\"statementCode\":\"1.1.1\",\"value\":3},"
                + "{\"statementCode\":\"1.2.1\",\"value\":3},"
                + "{\"statementCode\":\"1.1.1.1\",\"value\":5},"
                + "{\"statementCode\":\"1.1.1.2\",\"value\":3}]}")
                .put("/v1/assessments/" + id + "/ratings").then().spec(problem(400, "validation-failed"))
                .body("errors.field", contains("ratings[0].statementCode", "ratings[1].statementCode",
                        "ratings[2].statementCode", "ratings[3].value"))
                .body("errors.message", contains("is not a statement of mh-psw/" + codeOf(version),
                        "is a sub-heading: rate the statements under it", "is outside this assessment's scope",
                        "must be one of [1, 2, 3, 4], the values of the version's rating scale"));
        // A value as a number longer than the JSON reader allows (found by fuzzing: it was a 500).
        as(token).filter(ContractValidation.deliberatelyInvalid())
                .body("{\"ratings\":[{\"statementCode\":\"1.1.1.2\",\"value\":\"" + "9".repeat(5000) + "\"}]}")
                .put("/v1/assessments/" + id + "/ratings").then().spec(problem(400, "validation-failed"))
                .body("errors.field", contains("ratings[0].value"));
        assertThat(new Db(db).count("select count(*) from rating where assessment_id = ?", UUID.fromString(id)))
                .isZero();
    }

    @Test
    void anAssessmentNeedsAPublishedVersionAndAScopeOfItsKind() {
        String token = Fixtures.psw("R9A", Fixtures.newWorkerId());
        as(token).body("{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + UUID.randomUUID() + "\"}")
                .post("/v1/assessments").then().spec(problem(400, "validation-failed"))
                .body("errors[0].field", equalTo("frameworkVersionId"));
        UUID version = Fixtures.publishedVersion();
        as(token).body("{\"kind\":\"SELF\",\"frameworkVersionId\":\"" + version + "\",\"scope\":[\"9.1\",\"4.4\"]}")
                .post("/v1/assessments").then().spec(problem(400, "validation-failed"))
                .body("errors.field", contains("scope[0]", "scope[1]"));
        as(token).filter(ContractValidation.deliberatelyInvalid())
                .body("{\"kind\":\"NEVER\",\"frameworkVersionId\":\"" + version + "\"}")
                .post("/v1/assessments").then().spec(problem(400, "validation-failed"))
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void evidenceNamesStatementsOfTheVersionAndAWebLink() {
        UUID version = Fixtures.publishedVersion();
        String token = Fixtures.psw("R9A", Fixtures.newWorkerId());
        String id = Fixtures.start(token, "SELF", version, null, null);
        as(token).filter(ContractValidation.deliberatelyInvalid())
                .body("{\"title\":\"Log\",\"kind\":\"REFLECTION\",\"link\":\"ftp://x\","
                        + "\"statementCodes\":[\"1.1.1.1\"]}")
                .post("/v1/assessments/" + id + "/evidence").then().spec(problem(400, "validation-failed"))
                .body("errors[0].field", equalTo("link"));
        as(token).body("{\"title\":\"Log\",\"kind\":\"REFLECTION\",\"statementCodes\":[\"8.8\"]}")
                .post("/v1/assessments/" + id + "/evidence").then().spec(problem(400, "validation-failed"))
                .body("errors[0].field", equalTo("statementCodes[0]"));
        as(token).body("{\"title\":\"Reflective log\",\"kind\":\"REFLECTION\",\"occurredOn\":\"2026-03-14\","
                + "\"link\":\"https://learning.example.nhs.uk/r/1\",\"statementCodes\":[\"1.1.1.1\"]}")
                .post("/v1/assessments/" + id + "/evidence").then().statusCode(201)
                .body("statementCodes", contains("1.1.1.1"));
    }

    private String codeOf(UUID version) {
        return "v-" + version.toString().substring(0, 8);
    }
}
