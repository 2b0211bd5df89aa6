package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pswcp.assessment.Fixtures.as;
import static org.pswcp.assessment.Fixtures.post;
import static org.pswcp.assessment.Fixtures.rate;

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
class ProfileTest {

    @Inject
    DataSource db;

    static String profilePath(Fixtures.Team team, UUID version) {
        return "/v1/workers/" + team.supervisee() + "/competence-profile?frameworkVersionId=" + version;
    }

    @Test
    void theLatestSignedOffRatingWinsAndTheSelfRatingStaysBesideIt() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        Fixtures.signedOffSupervisorAssessment(team, version, "1.1.1.1", 2);
        String later = Fixtures.signedOffSupervisorAssessment(team, version, "1.1.1.1", 3);
        String self = Fixtures.start(team.superviseeToken(), "SELF", version, null, null);
        rate(team.superviseeToken(), self, "1.1.1.1", 4).statusCode(200);
        post(team.superviseeToken(), "/v1/assessments/" + self + "/submission").statusCode(200);

        as(team.superviseeToken()).get(profilePath(team, version)).then().statusCode(200)
                .body("areas.code", contains("1.1", "1.2"))
                .body("areas[0].statements[0].code", equalTo("1.1.1.1"))
                .body("areas[0].statements[0].attained.level.value", equalTo(3))
                .body("areas[0].statements[0].attained.assessmentId", equalTo(later))
                .body("areas[0].statements[0].selfRating.level.value", equalTo(4))
                .body("areas[0].statements[1].attained", nullValue())
                .body("areas[0].status", equalTo("DEVELOPING"))
                .body("areas[0].level.value", equalTo(3))
                .body("areas[1].status", equalTo("NOT_ASSESSED"));
    }

    @Test
    void anAreaIsMetWhenEveryStatementIsRatedAtAMetLevel() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        Fixtures.signedOffSupervisorAssessment(team, version, "1.1.1.1", 3);
        Fixtures.signedOffSupervisorAssessment(team, version, "1.1.1.2", 4);
        as(team.supervisorToken()).get(profilePath(team, version)).then().statusCode(200)
                .body("areas[0].status", equalTo("MET"))
                .body("areas[0].level.code", equalTo("competent"));
    }

    @Test
    void evidenceAndDirectObservationsStandBehindTheStatements() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        String id = Fixtures.start(team.supervisorToken(), "DIRECT_OBSERVATION", version, team.supervisee(), null);
        rate(team.supervisorToken(), id, "1.2.1", 3).statusCode(200);
        as(team.supervisorToken()).body("{\"title\":\"Safeguarding referral\",\"kind\":\"DOCUMENT\","
                + "\"statementCodes\":[\"1.2.1\"]}").post("/v1/assessments/" + id + "/evidence").then()
                .statusCode(201);
        post(team.supervisorToken(), "/v1/assessments/" + id + "/submission").statusCode(200);
        post(team.secondSupervisorToken(), "/v1/assessments/" + id + "/sign-off").statusCode(200);
        Fixtures.observation(db, "R9A", team.supervisee(), team.supervisor(), version, "1.2.1", "competent");

        as(team.superviseeToken()).get(profilePath(team, version)).then().statusCode(200)
                .body("areas[1].statements[0].evidence.source", contains("ASSESSMENT", "OBSERVATION"))
                .body("areas[1].statements[0].evidence[0].title", equalTo("Safeguarding referral"))
                .body("areas[1].status", equalTo("MET"));
    }

    @Test
    void competenceLevelChangedIsAnnouncedOncePerAreaWhoseLevelChanged() {
        UUID version = Fixtures.publishedVersion();
        Fixtures.Team team = Fixtures.Team.in(db, "R9A");
        Fixtures.signedOffSupervisorAssessment(team, version, "1.2.1", 3);
        Fixtures.signedOffSupervisorAssessment(team, version, "1.2.1", 3); // same level: nothing new
        Fixtures.signedOffSupervisorAssessment(team, version, "1.2.1", 4);

        List<ConsumerRecord<String, String>> changes = CloudEvents.exactlyWithKey(Events.ASSESSMENT_TOPIC,
                team.supervisee(), 8, Duration.ofSeconds(20)).stream()
                .filter(r -> Events.COMPETENCE_LEVEL_CHANGED.equals(CloudEvents.header(r, "ce_type")))
                .toList();
        assertThat(changes).hasSize(2);
        EventContracts.assertAllConform(changes);
        assertThat(changes.get(0).value()).contains("\"areaCode\":\"1.2\"", "\"level\":3", "\"status\":\"MET\"",
                "\"previousStatus\":\"NOT_ASSESSED\"");
        assertThat(changes.get(1).value()).contains("\"previousLevel\":3", "\"level\":4");
    }
}
