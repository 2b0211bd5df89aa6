package org.pswcp.assessment;

import static org.hamcrest.Matchers.equalTo;
import static org.pswcp.assessment.Fixtures.post;
import static org.pswcp.assessment.Fixtures.rate;
import static org.pswcp.testkit.Problems.problem;

import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.security.Roles;
import org.pswcp.testkit.Tokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SignOffRulesTest {

    @Inject
    DataSource db;

    private String submittedSelfAssessment(Fixtures.Team team, UUID version) {
        String id = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        rate(team.superviseeToken(), id, "1.2.1", 3).statusCode(200);
        post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        return id;
    }

    @Test
    void aSupervisorWithoutAnActiveAgreementCannotSignOff() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String id = submittedSelfAssessment(team, version);
        String stranger = Fixtures.supervisor("R9A", Fixtures.newWorkerId());
        post(stranger, "/v1/assessments/" + id + "/sign-off").spec(problem(404, "not-found"));
    }

    @Test
    void anEndedAgreementNoLongerAllowsSignOff() {
        UUID version = Fixtures.publishedVersion();
        String supervisee = Fixtures.newWorkerId();
        String supervisor = Fixtures.newWorkerId();
        UUID agreement = Fixtures.agreement(db, "R9A", supervisor, supervisee);
        Fixtures.Team team = new Fixtures.Team("R9A", supervisee, supervisor, supervisor);
        String id = submittedSelfAssessment(team, version);
        Fixtures.endAgreement(db, "R9A", agreement, supervisee, LocalDate.now().minusDays(1));
        post(team.supervisorToken(), "/v1/assessments/" + id + "/sign-off").spec(problem(404, "not-found"));
    }

    @Test
    void nobodySignsOffWhatTheyWroteOrWhatIsAboutThemselves() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String id = Fixtures.start(team.supervisorToken(), "SUPERVISOR", version, team.supervisee(), null);
        rate(team.supervisorToken(), id, "1.2.1", 3).statusCode(200);
        post(team.supervisorToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        post(team.supervisorToken(), "/v1/assessments/" + id + "/sign-off").spec(problem(403, "forbidden"));
        post(team.superviseeToken(), "/v1/assessments/" + id + "/sign-off").spec(problem(403, "forbidden"));
        post(team.secondSupervisorToken(), "/v1/assessments/" + id + "/sign-off").statusCode(200);

        // A senior PSW who is both supervisor and supervisee cannot sign off their own self-assessment.
        String senior = team.supervisor();
        Fixtures.agreement(db, "R9A", team.secondSupervisor(), senior);
        String own = Fixtures.start(Fixtures.supervisor("R9A", senior), "SELF", version, null, null);
        rate(Fixtures.supervisor("R9A", senior), own, "1.2.1", 4).statusCode(200);
        post(Fixtures.supervisor("R9A", senior), "/v1/assessments/" + own + "/submission").statusCode(200);
        post(Fixtures.supervisor("R9A", senior), "/v1/assessments/" + own + "/sign-off")
                .spec(problem(403, "forbidden"));
    }

    @Test
    void theAuthorIsAPersonNotAnAccount() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String id = Fixtures.start(team.supervisorToken(), "SUPERVISOR", version, team.supervisee(), null);
        rate(team.supervisorToken(), id, "1.2.1", 3).statusCode(200);

        // The same account after its username was changed is still the author: identity is the token's sub.
        String renamed = Tokens.user("renamed-" + team.supervisor()).subject("sub-" + team.supervisor())
                .roles(Roles.SUPERVISOR, Roles.PSW).organisation("R9A").workerId(team.supervisor()).bearer();
        rate(renamed, id, "1.2.1", 2).statusCode(200);
        // Someone given the author's old username is not: another sub, another worker.
        String reused = Tokens.user("sup-" + team.supervisor()).subject("sub-someone-else")
                .roles(Roles.SUPERVISOR, Roles.PSW).organisation("R9A").workerId(Fixtures.newWorkerId()).bearer();
        rate(reused, id, "1.2.1", 4).spec(problem(404, "not-found"));

        post(team.supervisorToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        // A second account of the author (same organisation and worker id, another sub) is the same person: it may
        // not sign off what that person wrote.
        String secondAccount = Tokens.user("second-" + team.supervisor()).subject("sub-second-" + team.supervisor())
                .roles(Roles.SUPERVISOR, Roles.PSW).organisation("R9A").workerId(team.supervisor()).bearer();
        post(secondAccount, "/v1/assessments/" + id + "/sign-off").spec(problem(403, "forbidden"));
        post(team.secondSupervisorToken(), "/v1/assessments/" + id + "/sign-off").statusCode(200)
                .body("status", equalTo("SIGNED_OFF"));
    }

    @Test
    void onlyASupervisorOfTheWorkerMayStartTheirAssessment() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        Fixtures.as(Fixtures.supervisor("R9A", Fixtures.newWorkerId()))
                .body("{\"kind\":\"SUPERVISOR\",\"frameworkVersionId\":\"" + version + "\",\"workerId\":\""
                        + team.supervisee() + "\"}")
                .post("/v1/assessments").then().spec(problem(403, "forbidden"));
        Fixtures.as(team.superviseeToken())
                .body("{\"kind\":\"SUPERVISOR\",\"frameworkVersionId\":\"" + version + "\",\"workerId\":\""
                        + team.supervisee() + "\"}")
                .post("/v1/assessments").then().spec(problem(403, "forbidden"));
    }

    @Test
    void hrSignsOffAnOrganisationalAssessmentWrittenByAnotherHrUser() {
        UUID version = Fixtures.publishedVersion();
        String id = Fixtures.start(Fixtures.hr("R9A"), "ORGANISATIONAL", version, null, null);
        rate(Fixtures.hr("R9A"), id, "9.1.1", 2).statusCode(200);
        post(Fixtures.hr("R9A"), "/v1/assessments/" + id + "/submission").statusCode(200);
        post(Fixtures.hr("R9A"), "/v1/assessments/" + id + "/sign-off").spec(problem(403, "forbidden"));
        post(Fixtures.otherHr("R9A"), "/v1/assessments/" + id + "/sign-off").statusCode(200)
                .body("status", equalTo("SIGNED_OFF")).body("scope[0]", equalTo("9.1"));
    }
}
