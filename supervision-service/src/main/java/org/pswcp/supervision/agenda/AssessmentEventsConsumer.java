package org.pswcp.supervision.agenda;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.pswcp.kit.inbox.EventRejectedException;
import org.pswcp.kit.inbox.Inbox;
import org.pswcp.kit.inbox.IncomingEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Opens agenda items from {@code assessment.events}. */
@ApplicationScoped
public class AssessmentEventsConsumer {

    static final String CONSUMER = "supervision.agenda";
    static final String SUBMITTED = "org.pswcp.assessment.submitted.v1";
    private static final Logger LOG = Logger.getLogger(AssessmentEventsConsumer.class);

    /** This service's view of AssessmentSubmitted. */
    record AssessmentSubmittedView(UUID assessmentId, String workerId) {

        AssessmentSubmittedView {
            if (assessmentId == null || workerId == null) {
                throw new EventRejectedException("An AssessmentSubmitted event lacks a required field");
            }
        }
    }

    private final Inbox inbox;
    private final AgendaRepository agenda;

    AssessmentEventsConsumer(Inbox inbox, AgendaRepository agenda) {
        this.inbox = inbox;
        this.agenda = agenda;
    }

    @Incoming("assessment-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (!SUBMITTED.equals(event.type())) {
            LOG.debugf("No agenda item for %s", event.type());
            return;
        }
        if (event.organisation() == null) {
            throw new EventRejectedException("An assessment event must name its organisation");
        }
        AssessmentSubmittedView submitted = event.data(AssessmentSubmittedView.class);
        agenda.persist(new AgendaItem(event.organisation(), submitted.workerId(), AgendaItemKind.ASSESSMENT_SUBMITTED,
                event.id(), "/v1/assessments/" + submitted.assessmentId(), Instant.now()));
    }
}
