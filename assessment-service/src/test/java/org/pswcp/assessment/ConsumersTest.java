package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;

import io.quarkus.test.junit.QuarkusTest;

/** The events this service consumes from supervision-service, each applied once. */
@QuarkusTest
class ConsumersTest {

    @Inject
    DataSource db;

    @Test
    void aWorkerUpdateDeliveredTwiceLeavesOneRecord() {
        String worker = Fixtures.newWorkerId();
        String eventId = UUID.randomUUID().toString();
        var event = CloudEvents.event(Fixtures.SUPERVISION_EVENTS, worker, Fixtures.WORKER_UPDATED, eventId, "R9A",
                EventContracts.valid(Fixtures.WORKER_UPDATED, "{\"workerId\":\"" + worker
                        + "\",\"role\":\"SENIOR_PSW\",\"team\":\"North\",\"startDate\":\"2025-04-01\",\"endDate\":null}"));
        CloudEvents.send(event, event);
        Fixtures.awaitRows(db, "select count(*) from kit.inbox_event where event_id = ?", 1, eventId);
        Fixtures.worker(db, "R9A", Fixtures.newWorkerId(), "PSW");
        assertThat(new Db(db).single("select role from worker where worker_id = ?", worker)).isEqualTo("SENIOR_PSW");
        assertThat(new Db(db).count("select count(*) from kit.inbox_event where event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void anAgreementStartedTwiceIsOneLinkAndItsEndEndsIt() {
        String supervisee = Fixtures.newWorkerId();
        UUID agreement = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        var started = CloudEvents.event(Fixtures.SUPERVISION_EVENTS, supervisee, Fixtures.AGREEMENT_STARTED, eventId,
                "R9A", EventContracts.valid(Fixtures.AGREEMENT_STARTED, "{\"agreementId\":\"" + agreement
                        + "\",\"superviseeWorkerId\":\"" + supervisee
                        + "\",\"supervisorWorkerId\":\"10000010\",\"type\":\"ROLE_SPECIFIC\",\"frequency\":\"P1M\","
                        + "\"format\":\"VIDEO\",\"startDate\":\"2026-01-05\",\"endDate\":null}"));
        CloudEvents.send(started, started);
        Fixtures.awaitRows(db, "select count(*) from supervision_link where agreement_id = ?", 1, agreement);
        Fixtures.endAgreement(db, "R9A", agreement, supervisee, LocalDate.of(2026, 6, 30));
        assertThat(new Db(db).count("select count(*) from kit.inbox_event where event_id = ?", eventId)).isEqualTo(1);
        assertThat(new Db(db).single("select end_date from supervision_link where agreement_id = ?", agreement))
                .hasToString("2026-06-30");
    }

    @Test
    void anObservationDeliveredTwiceIsOneObservation() {
        UUID observation = UUID.randomUUID();
        String worker = Fixtures.newWorkerId();
        String eventId = UUID.randomUUID().toString();
        var event = CloudEvents.event(Fixtures.SUPERVISION_EVENTS, worker, Fixtures.OBSERVATION_RECORDED, eventId,
                "R9A", EventContracts.valid(Fixtures.OBSERVATION_RECORDED, "{\"observationId\":\"" + observation
                        + "\",\"sessionId\":\"" + UUID.randomUUID() + "\",\"superviseeWorkerId\":\"" + worker
                        + "\",\"observerWorkerId\":\"10000010\",\"frameworkVersionId\":\"" + UUID.randomUUID()
                        + "\",\"statementCodes\":[\"1.2.1\",\"1.1.1.1\"],\"level\":\"developing\","
                        + "\"observedOn\":\"2026-11-02\"}"));
        CloudEvents.send(event, event);
        Fixtures.awaitRows(db, "select count(*) from observation where observation_id = ?", 1, observation);
        Fixtures.worker(db, "R9A", worker, "PSW"); // same key, later: both copies were handled before it
        assertThat(new Db(db).count("select count(*) from observation_statement where observation_id = ?",
                observation)).isEqualTo(2);
        assertThat(new Db(db).count("select count(*) from kit.inbox_event where event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void anEventWithoutOrganisationOrForAnUnknownAgreementIsDeadLettered() {
        String worker = Fixtures.newWorkerId();
        CloudEvents.send(CloudEvents.event(Fixtures.SUPERVISION_EVENTS, worker, Fixtures.WORKER_UPDATED, null,
                "{\"workerId\":\"" + worker + "\",\"role\":\"PSW\",\"team\":\"North\"}"));
        assertThat(CloudEvents.header(CloudEvents.withKey("supervision.events.dlq", worker, 1, Duration.ofSeconds(20))
                .get(0), "dead-letter-reason")).endsWith("does not name its organisation");
        String other = Fixtures.newWorkerId();
        CloudEvents.send(CloudEvents.event(Fixtures.SUPERVISION_EVENTS, other, Fixtures.AGREEMENT_ENDED, "R9A",
                "{\"agreementId\":\"" + UUID.randomUUID() + "\",\"endDate\":\"2026-01-01\"}"));
        assertThat(CloudEvents.header(CloudEvents.withKey("supervision.events.dlq", other, 1, Duration.ofSeconds(20))
                .get(0), "dead-letter-reason")).startsWith("SupervisionAgreementEnded for an agreement never started");
    }
}
