package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;
import org.pswcp.testkit.EventContracts;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Kafka keeps supervision-service's events for 14 days after a worker's records are destroyed. A rebuild of this
 * service's copies (the inbox forgets the topic's events, which are read again from the start) or a dead letter
 * replayed in that time must not bring them back: ana's own events change nothing, and a colleague's agreement and
 * observation that name her keep "(destroyed)" instead of her id. An event written after the decision (her id on the
 * roster again) is applied as usual.
 */
@QuarkusTest
class ReplayAfterDestructionTest {

    private static final String ORG = "RR1";
    private static final String MARKER = "(destroyed)";

    @Inject
    DataSource db;

    private final List<ProducerRecord<String, String>> sent = new ArrayList<>();

    @Test
    void eventsWrittenBeforeADestructionNeverBringTheWorkerBack() throws Exception {
        UUID version = Fixtures.publishedVersion();
        String ana = Fixtures.newWorkerId();
        String ben = Fixtures.newWorkerId();
        String sup = Fixtures.newWorkerId();
        UUID anaAgreement = UUID.randomUUID();
        UUID benAgreement = UUID.randomUUID();
        UUID anaObserved = UUID.randomUUID();
        UUID benObserved = UUID.randomUUID();
        send(ana, Events.WORKER_UPDATED, workerUpdated(ana));
        send(ben, Events.WORKER_UPDATED, workerUpdated(ben));
        send(ana, Events.AGREEMENT_STARTED, agreementStarted(anaAgreement, ana, sup));
        send(ben, Events.AGREEMENT_STARTED, agreementStarted(benAgreement, ben, ana));
        send(ana, Events.OBSERVATION_RECORDED, observed(anaObserved, ana, sup, version));
        send(ben, Events.OBSERVATION_RECORDED, observed(benObserved, ben, ana, version));
        send(ana, Events.AGREEMENT_ENDED, "{\"agreementId\":\"" + anaAgreement + "\",\"superviseeWorkerId\":\"" + ana
                + "\",\"supervisorWorkerId\":\"" + sup + "\",\"endDate\":\"" + LocalDate.now() + "\"}");
        awaitApplied(sent);
        assertThat(rowsNaming(ana)).isEqualTo(5);

        ProducerRecord<String, String> destruction = event(ana, Events.WORKER_RECORDS_DESTROYED,
                "{\"workerId\":\"" + ana
                        + "\",\"organisation\":\"" + ORG + "\",\"destroyedAt\":\"" + Instant.now()
                        + "\",\"decisionId\":\""
                        + UUID.randomUUID() + "\"}");
        CloudEvents.send(destruction);
        awaitApplied(List.of(destruction));
        assertThat(rowsNaming(ana)).isZero();
        assertThat(supervisorOf(benAgreement)).isEqualTo(MARKER);
        assertThat(observerOf(benObserved)).isEqualTo(MARKER);

        // A rebuild of an emptied copy: the copy of ben's records and the inbox forget the events, and they arrive
        // again as they were, without the destruction that would follow them on ana's partition (a dead letter
        // replayed alone arrives so too).
        new Db(db).update("delete from observation_statement where observation_id = ?", benObserved);
        new Db(db).update("delete from observation where observation_id = ?", benObserved);
        new Db(db).update("delete from supervision_link where agreement_id = ?", benAgreement);
        for (String id : sent.stream().map(CloudEvents::id).toList()) {
            new Db(db).update("delete from kit.inbox_event where event_id = ?", id);
        }
        sent.forEach(CloudEvents::send);
        awaitApplied(sent);

        assertThat(rowsNaming(ana)).as("rows naming ana after the replay").isZero();
        assertThat(supervisorOf(benAgreement)).isEqualTo(MARKER);
        assertThat(observerOf(benObserved)).isEqualTo(MARKER);
        assertThat(new Db(db).count("select count(*) from worker where organisation = ? and worker_id = ?", ORG, ben))
                .isEqualTo(1);

        // Her id on the roster again, after the decision: a new record, applied as usual.
        ProducerRecord<String, String> rehired = event(ana, Events.WORKER_UPDATED, workerUpdated(ana));
        CloudEvents.send(rehired);
        awaitApplied(List.of(rehired));
        assertThat(new Db(db).count("select count(*) from worker where organisation = ? and worker_id = ?", ORG, ana))
                .isEqualTo(1);
    }

    /** Rows of the workforce copy naming the worker, as supervisee, supervisor, observed or observer. */
    private long rowsNaming(String worker) {
        Db rows = new Db(db);
        return rows.count("select count(*) from worker where worker_id = ?", worker)
                + rows.count("select count(*) from supervision_link where supervisee_worker_id = ?"
                        + " or supervisor_worker_id = ?", worker, worker)
                + rows.count("select count(*) from observation where worker_id = ? or observer_worker_id = ?",
                        worker, worker);
    }

    private String supervisorOf(UUID agreement) {
        return (String) new Db(db).rows("select supervisor_worker_id from supervision_link where agreement_id = ?",
                agreement).get(0)[0];
    }

    private String observerOf(UUID observation) {
        return (String) new Db(db).rows("select observer_worker_id from observation where observation_id = ?",
                observation).get(0)[0];
    }

    private void send(String key, String type, String data) {
        ProducerRecord<String, String> record = event(key, type, data);
        sent.add(record);
        CloudEvents.send(record);
    }

    private static ProducerRecord<String, String> event(String key, String type, String data) {
        return CloudEvents.event(Events.SUPERVISION_TOPIC, key, type, ORG, EventContracts.valid(type, data));
    }

    /** Waits until the inbox has applied (or skipped as about a destroyed worker) every one of the events. */
    private void awaitApplied(List<ProducerRecord<String, String>> events) {
        for (ProducerRecord<String, String> event : events) {
            Fixtures.awaitRows(db, "select count(*) from kit.inbox_event where event_id = ?", 1, CloudEvents.id(event));
        }
    }

    private static String workerUpdated(String worker) {
        return "{\"workerId\":\"" + worker + "\",\"role\":\"PSW\",\"team\":\"North\",\"startDate\":\"2025-04-01\","
                + "\"endDate\":null}";
    }

    private static String agreementStarted(UUID agreement, String supervisee, String supervisor) {
        return "{\"agreementId\":\"" + agreement + "\",\"superviseeWorkerId\":\"" + supervisee
                + "\",\"supervisorWorkerId\":\"" + supervisor + "\",\"type\":\"ROLE_SPECIFIC\",\"frequency\":\"P1M\","
                + "\"format\":\"IN_PERSON\",\"startDate\":\"" + LocalDate.now() + "\",\"endDate\":null}";
    }

    private static String observed(UUID observation, String supervisee, String observer, UUID version) {
        return "{\"observationId\":\"" + observation + "\",\"sessionId\":\"" + UUID.randomUUID()
                + "\",\"superviseeWorkerId\":\"" + supervisee + "\",\"observerWorkerId\":\"" + observer
                + "\",\"frameworkVersionId\":\"" + version + "\",\"statementCodes\":[\"1.1.1.2\"],"
                + "\"level\":\"competent\",\"observedOn\":\"" + LocalDate.now() + "\"}";
    }
}
