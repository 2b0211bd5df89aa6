package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The events this service consumes from supervision-service, each applied once, from the topics {@link Events} names.
 */
@QuarkusTest
class ConsumersTest {

    private static final String WORKFORCE = "assessment.workforce";

    @Inject
    DataSource db;

    @Test
    void theConsumersReadTheTopicsThatEventsNames() {
        Config config = ConfigProvider.getConfig();
        for (var channel : Map.of(Events.FRAMEWORK_CHANNEL, Events.FRAMEWORK_TOPIC, Events.SUPERVISION_CHANNEL,
                Events.SUPERVISION_TOPIC).entrySet()) {
            String prefix = "mp.messaging.incoming." + channel.getKey();
            assertThat(config.getValue(prefix + ".topic", String.class)).isEqualTo(channel.getValue());
            assertThat(config.getValue(prefix + ".dead-letter-queue.topic", String.class))
                    .isEqualTo(Events.deadLetters(channel.getValue()));
        }
    }

    @Test
    void aWorkerUpdateDeliveredTwiceIsAppliedOnce() {
        String worker = Fixtures.newWorkerId();
        String eventId = UUID.randomUUID().toString();
        var event = CloudEvents.event(Events.SUPERVISION_TOPIC, worker, Events.WORKER_UPDATED, eventId, "R9A",
                EventContracts.valid(Events.WORKER_UPDATED, "{\"workerId\":\"" + worker
                        + "\",\"role\":\"SENIOR_PSW\",\"team\":\"North\",\"startDate\":\"2025-04-01\","
                        + "\"endDate\":null}"));
        double repeats = Fixtures.repeatsSkipped(WORKFORCE);
        CloudEvents.send(event, event);
        Fixtures.supervisionEventsHandled(db, worker);
        assertThat(Fixtures.repeatsSkipped(WORKFORCE)).as("the second copy was recognised as a repeat")
                .isEqualTo(repeats + 1);
        assertThat(new Db(db).single("select role from worker where worker_id = ?", worker)).isEqualTo("SENIOR_PSW");
        assertThat(new Db(db).count("select count(*) from kit.inbox_event where event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void anAgreementStartedTwiceIsOneLinkAndItsEndEndsIt() {
        String supervisee = Fixtures.newWorkerId();
        UUID agreement = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        var started = CloudEvents.event(Events.SUPERVISION_TOPIC, supervisee, Events.AGREEMENT_STARTED, eventId,
                "R9A", EventContracts.valid(Events.AGREEMENT_STARTED, "{\"agreementId\":\"" + agreement
                        + "\",\"superviseeWorkerId\":\"" + supervisee
                        + "\",\"supervisorWorkerId\":\"10000010\",\"type\":\"ROLE_SPECIFIC\",\"frequency\":\"P1M\","
                        + "\"format\":\"VIDEO\",\"startDate\":\"2026-01-05\",\"endDate\":null}"));
        double repeats = Fixtures.repeatsSkipped(WORKFORCE);
        CloudEvents.send(started, started);
        // The end has the same key, so it is handled after both copies of the start.
        Fixtures.endAgreement(db, "R9A", agreement, supervisee, LocalDate.of(2026, 6, 30));
        assertThat(Fixtures.repeatsSkipped(WORKFORCE)).as("the second copy was recognised as a repeat")
                .isEqualTo(repeats + 1);
        assertThat(new Db(db).count("select count(*) from supervision_link where agreement_id = ?", agreement))
                .isEqualTo(1);
        assertThat(new Db(db).single("select end_date from supervision_link where agreement_id = ?", agreement))
                .hasToString("2026-06-30");
    }

    @Test
    void anObservationDeliveredTwiceIsOneObservation() {
        UUID observation = UUID.randomUUID();
        String worker = Fixtures.newWorkerId();
        String eventId = UUID.randomUUID().toString();
        var event = CloudEvents.event(Events.SUPERVISION_TOPIC, worker, Events.OBSERVATION_RECORDED, eventId,
                "R9A", EventContracts.valid(Events.OBSERVATION_RECORDED, "{\"observationId\":\"" + observation
                        + "\",\"sessionId\":\"" + UUID.randomUUID() + "\",\"superviseeWorkerId\":\"" + worker
                        + "\",\"observerWorkerId\":\"10000010\",\"frameworkVersionId\":\"" + UUID.randomUUID()
                        + "\",\"statementCodes\":[\"1.2.1\",\"1.1.1.1\"],\"level\":\"developing\","
                        + "\"observedOn\":\"2026-11-02\"}"));
        double repeats = Fixtures.repeatsSkipped(WORKFORCE);
        CloudEvents.send(event, event);
        Fixtures.supervisionEventsHandled(db, worker);
        assertThat(Fixtures.repeatsSkipped(WORKFORCE)).as("the second copy was recognised as a repeat")
                .isEqualTo(repeats + 1);
        assertThat(new Db(db).count("select count(*) from observation where observation_id = ?", observation))
                .isEqualTo(1);
        assertThat(new Db(db).count("select count(*) from observation_statement where observation_id = ?",
                observation)).isEqualTo(2);
    }

    @Test
    void anEventWithoutOrganisationOrForAnUnknownAgreementIsDeadLettered() {
        String deadLetters = Events.deadLetters(Events.SUPERVISION_TOPIC);
        String worker = Fixtures.newWorkerId();
        CloudEvents.send(CloudEvents.event(Events.SUPERVISION_TOPIC, worker, Events.WORKER_UPDATED, null,
                "{\"workerId\":\"" + worker + "\",\"role\":\"PSW\",\"team\":\"North\"}"));
        assertThat(CloudEvents.header(CloudEvents.withKey(deadLetters, worker, 1, Duration.ofSeconds(20))
                .get(0), "dead-letter-reason")).endsWith("does not name its organisation");
        String other = Fixtures.newWorkerId();
        CloudEvents.send(CloudEvents.event(Events.SUPERVISION_TOPIC, other, Events.AGREEMENT_ENDED, "R9A",
                "{\"agreementId\":\"" + UUID.randomUUID() + "\",\"endDate\":\"2026-01-01\"}"));
        assertThat(CloudEvents.header(CloudEvents.withKey(deadLetters, other, 1, Duration.ofSeconds(20))
                .get(0), "dead-letter-reason")).startsWith("SupervisionAgreementEnded for an agreement never started");
    }

    @Test
    void aDestructionWhoseDataNamesAnotherOrganisationIsDeadLetteredAndDestroysNothing() {
        String worker = Fixtures.newWorkerId();
        Fixtures.worker(db, "R9A", worker, "PSW");
        CloudEvents.send(CloudEvents.event(Events.SUPERVISION_TOPIC, worker, Events.WORKER_RECORDS_DESTROYED, "R9A",
                EventContracts.valid(Events.WORKER_RECORDS_DESTROYED, "{\"workerId\":\"" + worker
                        + "\",\"organisation\":\"R9B\",\"destroyedAt\":\"2026-12-05T10:00:00Z\","
                        + "\"decisionId\":\"" + UUID.randomUUID() + "\"}")));
        assertThat(CloudEvents.header(CloudEvents.withKey(Events.deadLetters(Events.SUPERVISION_TOPIC), worker, 1,
                Duration.ofSeconds(20)).get(0), "dead-letter-reason")).contains("names another organisation");
        assertThat(new Db(db).count("select count(*) from worker where worker_id = ?", worker)).isEqualTo(1);
        assertThat(new Db(db).count("select count(*) from kit.audit_event where action = 'records.destroyed'"
                + " and resource_id = ?", worker)).isZero();
    }
}
