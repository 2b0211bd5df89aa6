package org.pswcp.supervision.agenda;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.pswcp.kit.destruction.DestroyedWorkers;
import org.pswcp.kit.inbox.EventRejectedException;
import org.pswcp.kit.inbox.Inbox;
import org.pswcp.kit.inbox.InboxConsumer;
import org.pswcp.kit.inbox.IncomingEvent;
import org.pswcp.supervision.Events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Opens agenda items from {@code assessment.events}: an assessment submitted or returned, a competence level changed.
 * Organisational assessments concern no worker's supervision and open nothing.
 */
@ApplicationScoped
public class AssessmentEventsConsumer implements InboxConsumer {

    static final String CONSUMER = "supervision.agenda";
    private static final Map<String, AgendaItemKind> KINDS = Map.of(
            Events.ASSESSMENT_SUBMITTED, AgendaItemKind.ASSESSMENT_SUBMITTED,
            Events.ASSESSMENT_RETURNED, AgendaItemKind.ASSESSMENT_RETURNED,
            Events.COMPETENCE_LEVEL_CHANGED, AgendaItemKind.COMPETENCE_LEVEL_CHANGED);
    private static final Logger LOG = Logger.getLogger(AssessmentEventsConsumer.class);

    /** This service's view of the assessment events: whom they concern and what to open. */
    record AssessmentEventView(UUID assessmentId, String workerId, String areaCode) {

        AssessmentEventView {
            if (assessmentId == null) {
                throw new EventRejectedException("An assessment event lacks its assessmentId");
            }
        }
    }

    private final Inbox inbox;
    private final AgendaRepository agenda;
    private final DestroyedWorkers destroyed;

    AssessmentEventsConsumer(Inbox inbox, AgendaRepository agenda, DestroyedWorkers destroyed) {
        this.inbox = inbox;
        this.agenda = agenda;
        this.destroyed = destroyed;
    }

    @Incoming("assessment-events")
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
        return "assessment-events";
    }

    @Override
    public void apply(IncomingEvent event) {
        AgendaItemKind kind = KINDS.get(event.type());
        if (kind == null) {
            LOG.debugf("No agenda item for %s", event.type());
            return;
        }
        if (event.organisation() == null) {
            throw new EventRejectedException("An assessment event must name its organisation");
        }
        AssessmentEventView view = event.data(AssessmentEventView.class);
        if (view.workerId() == null) {
            return; // an organisational assessment
        }
        if (agenda.openedBy(event.id())) {
            return; // a rebuild replays what the inbox has forgotten; the item, maybe closed since, stays as it is
        }
        if (destroyed.destroyedSince(event.organisation(), view.workerId(), event.time())) {
            return; // replayed after the worker's records were destroyed: their agenda stays destroyed
        }
        String resource = kind == AgendaItemKind.COMPETENCE_LEVEL_CHANGED
                ? "/v1/workers/" + view.workerId() + "/competence-profile#" + view.areaCode()
                : "/v1/assessments/" + view.assessmentId();
        agenda.persist(new AgendaItem(event.organisation(), view.workerId(), kind, event.id(), resource, null,
                Instant.now()));
    }
}
