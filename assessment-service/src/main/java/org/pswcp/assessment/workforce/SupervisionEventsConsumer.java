package org.pswcp.assessment.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.pswcp.assessment.Events;
import org.pswcp.kit.destruction.DestroyedWorkers;
import org.pswcp.kit.inbox.EventRejectedException;
import org.pswcp.kit.inbox.Inbox;
import org.pswcp.kit.inbox.InboxConsumer;
import org.pswcp.kit.inbox.IncomingEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Learns the workforce from {@value Events#SUPERVISION_TOPIC}: roles (WorkerUpdated), who supervises whom
 * (SupervisionAgreementStarted/Ended) and direct observations (DirectObservationRecorded). Each event is applied once.
 * WorkerRecordsDestroyed is announced inside the service ({@link WorkerRecordsDestroyed}), in the same transaction.
 */
@ApplicationScoped
public class SupervisionEventsConsumer implements InboxConsumer {

    static final String CONSUMER = "assessment.workforce";
    private static final Logger LOG = Logger.getLogger(SupervisionEventsConsumer.class);

    record WorkerUpdatedView(String workerId, String role, String team) {

        WorkerUpdatedView {
            require(workerId != null && role != null && team != null, "WorkerUpdated");
        }
    }

    record AgreementStartedView(UUID agreementId, String superviseeWorkerId, String supervisorWorkerId, String type,
            LocalDate startDate, LocalDate endDate) {

        AgreementStartedView {
            require(agreementId != null && superviseeWorkerId != null && supervisorWorkerId != null && type != null
                    && startDate != null, "SupervisionAgreementStarted");
        }
    }

    record AgreementEndedView(UUID agreementId, String superviseeWorkerId, LocalDate endDate) {

        AgreementEndedView {
            require(agreementId != null && endDate != null, "SupervisionAgreementEnded");
        }
    }

    record ObservationView(UUID observationId, String superviseeWorkerId, String observerWorkerId,
            UUID frameworkVersionId, List<String> statementCodes, String level, LocalDate observedOn) {

        ObservationView {
            require(observationId != null && superviseeWorkerId != null && observerWorkerId != null
                    && frameworkVersionId != null && statementCodes != null && level != null && observedOn != null,
                    "DirectObservationRecorded");
        }
    }

    record WorkerRecordsDestroyedView(String workerId, String organisation, Instant destroyedAt, UUID decisionId) {

        WorkerRecordsDestroyedView {
            require(workerId != null && organisation != null && destroyedAt != null && decisionId != null,
                    "WorkerRecordsDestroyed");
        }
    }

    private final Inbox inbox;
    private final EntityManager em;
    private final Event<WorkerRecordsDestroyed> destroyed;
    private final DestroyedWorkers destroyedWorkers;

    SupervisionEventsConsumer(Inbox inbox, EntityManager em, Event<WorkerRecordsDestroyed> destroyed,
            DestroyedWorkers destroyedWorkers) {
        this.inbox = inbox;
        this.em = em;
        this.destroyed = destroyed;
        this.destroyedWorkers = destroyedWorkers;
    }

    @Incoming(Events.SUPERVISION_CHANNEL)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record, IncomingKafkaRecordMetadata<String, String> metadata) {
        inbox.receive(this, record, metadata);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public String channel() {
        return Events.SUPERVISION_CHANNEL;
    }

    /**
     * An event about a worker whose records were destroyed after it was written (replayed from the topic by a rebuild
     * or from the dead letters) changes nothing: their records stay destroyed. Where it is about someone else and names
     * such a worker (as supervisor or observer), the copy names {@link org.pswcp.kit.destruction.Destroyed#MARKER}.
     */
    @Override
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case Events.WORKER_UPDATED -> workerUpdated(event, event.data(WorkerUpdatedView.class));
            case Events.AGREEMENT_STARTED -> agreementStarted(event, event.data(AgreementStartedView.class));
            case Events.AGREEMENT_ENDED -> agreementEnded(event, event.data(AgreementEndedView.class));
            case Events.OBSERVATION_RECORDED -> observed(event, event.data(ObservationView.class));
            case Events.WORKER_RECORDS_DESTROYED ->
                recordsDestroyed(organisation(event), event.data(WorkerRecordsDestroyedView.class));
            default -> LOG.debugf("Not used here: %s", event.type());
        }
    }

    private void workerUpdated(IncomingEvent event, WorkerUpdatedView worker) {
        String organisation = organisation(event);
        if (destroyed(event, worker.workerId())) {
            return;
        }
        WorkerRecord record = em.find(WorkerRecord.class, new WorkerRecord.Key(organisation, worker.workerId()));
        boolean known = record != null;
        if (!known) {
            record = new WorkerRecord(organisation, worker.workerId());
        }
        record.update(worker.role(), worker.team(), Instant.now());
        if (!known) {
            em.persist(record);
        }
    }

    private void agreementStarted(IncomingEvent event, AgreementStartedView agreement) {
        String organisation = organisation(event);
        if (destroyed(event, agreement.superviseeWorkerId())) {
            return;
        }
        if (em.find(SupervisionLink.class, agreement.agreementId()) == null) {
            em.persist(new SupervisionLink(agreement.agreementId(), organisation, agreement.superviseeWorkerId(),
                    destroyedWorkers.named(organisation, agreement.supervisorWorkerId(), event.time()),
                    agreement.type(), agreement.startDate(), agreement.endDate()));
        }
    }

    private void agreementEnded(IncomingEvent event, AgreementEndedView ended) {
        SupervisionLink link = em.find(SupervisionLink.class, ended.agreementId());
        if (link == null && ended.superviseeWorkerId() != null && destroyed(event, ended.superviseeWorkerId())) {
            return; // started under a supervisee since destroyed, so never copied again
        }
        if (link == null) {
            // Started and ended share a key, so they arrive in order: an unknown agreement is not ours to end.
            throw new EventRejectedException("SupervisionAgreementEnded for an agreement never started: "
                    + ended.agreementId());
        }
        link.end(ended.endDate());
    }

    private void observed(IncomingEvent event, ObservationView observation) {
        String organisation = organisation(event);
        if (destroyed(event, observation.superviseeWorkerId())) {
            return;
        }
        if (em.find(Observation.class, observation.observationId()) == null) {
            em.persist(new Observation(observation.observationId(), organisation, observation.superviseeWorkerId(),
                    destroyedWorkers.named(organisation, observation.observerWorkerId(), event.time()),
                    observation.frameworkVersionId(), observation.level(),
                    observation.observedOn(), observation.statementCodes(), Instant.now()));
        }
    }

    /**
     * The data names the organisation as well as the header: they must agree, for a destruction in one organisation
     * must never reach another's records.
     */
    private void recordsDestroyed(String organisation, WorkerRecordsDestroyedView destruction) {
        if (!organisation.equals(destruction.organisation())) {
            throw new EventRejectedException("WorkerRecordsDestroyed names another organisation in its data than in"
                    + " ce_organisation");
        }
        destroyed.fire(new WorkerRecordsDestroyed(organisation, destruction.workerId(), destruction.destroyedAt(),
                destruction.decisionId()));
    }

    /** Whether the worker the event is about had their records destroyed after it was written: then it is skipped. */
    private boolean destroyed(IncomingEvent event, String workerId) {
        if (!destroyedWorkers.destroyedSince(organisation(event), workerId, event.time())) {
            return false;
        }
        LOG.debugf("Not applied: %s %s is about a worker whose records were destroyed since", event.type(), event.id());
        return true;
    }

    private static String organisation(IncomingEvent event) {
        if (event.organisation() == null) {
            throw new EventRejectedException(event.type() + " " + event.id() + " does not name its organisation");
        }
        return event.organisation();
    }

    private static void require(boolean present, String event) {
        if (!present) {
            throw new EventRejectedException("A " + event + " event lacks a required field");
        }
    }
}
