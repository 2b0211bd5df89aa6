package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.assessment.Fixtures.post;
import static org.pswcp.assessment.Fixtures.rate;
import static org.pswcp.testkit.Problems.problem;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.EventContracts;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LifecycleTest {

    @Inject
    DataSource db;

    @Test
    void aSelfAssessmentIsSubmittedThenSignedOffAndEachTransitionIsAnnouncedOnce() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String id = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        rate(team.superviseeToken(), id, "1.1.1.1", 3).statusCode(200).body("status", equalTo("DRAFT"))
                .body("ratings[0].level", equalTo("competent"));
        post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        post(team.supervisorToken(), "/v1/assessments/" + id + "/sign-off").statusCode(200)
                .body("status", equalTo("SIGNED_OFF")).body("signedOffBy", equalTo(team.supervisor()));

        List<ConsumerRecord<String, String>> events = CloudEvents.exactlyWithKey(Events.ASSESSMENT_TOPIC,
                team.supervisee(), 2, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> CloudEvents.header(r, "ce_type")).containsExactly(
                Events.ASSESSMENT_SUBMITTED, Events.ASSESSMENT_SIGNED_OFF);
        EventContracts.assertAllConform(events);
        assertThat(events.get(0).value()).contains("\"assessmentId\":\"" + id + "\"");
        assertThat(events.get(1).value()).contains("\"assessmentId\":\"" + id + "\"",
                "\"signedOffBy\":\"" + team.supervisor() + "\"").doesNotContain("seen in practice");
    }

    @Test
    void aReturnedAssessmentIsChangedAndSubmittedAgain() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String id = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        rate(team.superviseeToken(), id, "1.1.1.1", 2).statusCode(200);
        post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        as(team.supervisorToken()).body("{\"reason\":\"Please add evidence for 1.1.1.1.\"}")
                .post("/v1/assessments/" + id + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo("Please add evidence for 1.1.1.1."));
        rate(team.superviseeToken(), id, "1.1.1.1", 3).statusCode(200);
        post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").statusCode(200)
                .body("status", equalTo("SUBMITTED"));

        List<ConsumerRecord<String, String>> events = CloudEvents.exactlyWithKey(Events.ASSESSMENT_TOPIC,
                team.supervisee(), 3, Duration.ofSeconds(20));
        assertThat(events).extracting(r -> CloudEvents.header(r, "ce_type")).containsExactly(
                Events.ASSESSMENT_SUBMITTED, Events.ASSESSMENT_RETURNED,
                Events.ASSESSMENT_SUBMITTED);
        EventContracts.assertAllConform(events);
        assertThat(events.get(1).value()).doesNotContain("Please add evidence");
    }

    @Test
    void illegalTransitionsAreConflictsAndChangeNothing() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String id = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").spec(problem(409, "conflict"))
                .body("detail",
                        equalTo("Rate at least one statement, or an area without statements, before submitting."));
        post(team.supervisorToken(), "/v1/assessments/" + id + "/sign-off").spec(problem(409, "conflict"));
        rate(team.superviseeToken(), id, "1.1.1.1", 3).statusCode(200);
        post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        post(team.superviseeToken(), "/v1/assessments/" + id + "/submission").spec(problem(409, "conflict"));
        rate(team.superviseeToken(), id, "1.1.1.2", 3).spec(problem(409, "conflict"));
        post(team.supervisorToken(), "/v1/assessments/" + id + "/sign-off").statusCode(200);
        rate(team.superviseeToken(), id, "1.1.1.1", 1).spec(problem(409, "conflict"));
        as(team.supervisorToken()).body("{\"reason\":\"too late\"}").post("/v1/assessments/" + id + "/return")
                .then().spec(problem(409, "conflict"));
        post(team.secondSupervisorToken(), "/v1/assessments/" + id + "/sign-off").spec(problem(409, "conflict"));
        as(team.superviseeToken()).get("/v1/assessments/" + id).then().statusCode(200)
                .body("status", equalTo("SIGNED_OFF")).body("ratings.size()", equalTo(1))
                .body("ratings[0].value", equalTo(3));
    }
}
