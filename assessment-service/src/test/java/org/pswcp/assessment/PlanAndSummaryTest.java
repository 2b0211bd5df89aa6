package org.pswcp.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.testkit.Problems.problem;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlanAndSummaryTest {

    @Inject
    DataSource db;

    @Test
    void theDevelopmentPlanNamesTheUnitsOfEveryAreaBelowTheWorkersRole() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        Fixtures.signedOffSupervisorAssessment(team, version, "1.2.1", 3);
        as(team.superviseeToken()).get("/v1/workers/" + team.supervisee() + "/development-plan?frameworkVersionId="
                + version).then().statusCode(200)
                .body("roleProfile", equalTo("psw"))
                .body("met", contains("1.2"))
                .body("goals.area", contains("1.1"))
                .body("goals[0].required.code", equalTo("competent"))
                .body("goals[0].status", equalTo("NOT_ASSESSED"))
                .body("goals[0].statements", contains("1.1.1.1", "1.1.1.2"))
                .body("units.code", contains("UNIT 1.1"));
    }

    @Test
    void aPlanForTheNextRoleShowsWhatTheNextStepNeeds() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        Fixtures.signedOffSupervisorAssessment(team, version, "1.1.1.1", 3);
        Fixtures.signedOffSupervisorAssessment(team, version, "1.1.1.2", 3);
        as(team.supervisorToken()).get("/v1/workers/" + team.supervisee()
                + "/development-plan?roleProfile=senior-psw&frameworkVersionId=" + version).then().statusCode(200)
                .body("goals.area", contains("1.1", "1.2"))
                .body("goals[0].required.code", equalTo("can-support-others"))
                .body("goals[0].attained.code", equalTo("competent"))
                .body("units.code", contains("UNIT 1.1", "UNIT 1.2"));
        as(team.supervisorToken()).get("/v1/workers/" + team.supervisee()
                + "/development-plan?roleProfile=chief&frameworkVersionId=" + version)
                .then().spec(problem(400, "validation-failed")).body("errors[0].field", equalTo("roleProfile"));
    }

    @Test
    void hrReadsHowManyWorkersMetEachArea() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9B");
        Fixtures.signedOffSupervisorAssessment(team, version, "1.2.1", 4);
        as(Fixtures.hr("R9B")).get("/v1/competence-summary?frameworkVersionId=" + version).then().statusCode(200)
                .body("organisation", equalTo("R9B"))
                .body("areas.area", contains("1.1", "1.2"))
                .body("areas[1].met", greaterThanOrEqualTo(1))
                .body("areas[0].notAssessed", greaterThanOrEqualTo(1));
        as(team.superviseeToken()).get("/v1/competence-summary").then().spec(problem(403, "forbidden"));
    }

    @Test
    void clinicalSupervisorsOnTheRosterAreNotCountedAsPeerSupportWorkers() {
        UUID version = Fixtures.publishedVersion();
        int before = as(Fixtures.hr("R9B")).get("/v1/competence-summary?frameworkVersionId=" + version).then()
                .statusCode(200).extract().path("workers");
        Fixtures.worker(db, "R9B", Fixtures.newWorkerId(), "CLINICAL_SUPERVISOR");
        Fixtures.worker(db, "R9B", Fixtures.newWorkerId(), "PSW");
        as(Fixtures.hr("R9B")).get("/v1/competence-summary?frameworkVersionId=" + version).then().statusCode(200)
                .body("workers", equalTo(before + 1));
    }
}
