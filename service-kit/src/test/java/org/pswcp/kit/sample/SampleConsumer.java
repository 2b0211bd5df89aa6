package org.pswcp.kit.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pswcp.kit.inbox.Inbox;
import org.pswcp.kit.inbox.IncomingEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Counts each application of an event, so tests can see that a repeat is not applied again. */
@ApplicationScoped
public class SampleConsumer {

    public record SampleCreatedView(String sampleId, String title) {
    }

    private final Inbox inbox;
    private final EntityManager em;

    SampleConsumer(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("samples-in")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.receive("kit-test.samples", record, this::apply);
    }

    private void apply(IncomingEvent event) {
        SampleCreatedView view = event.data(SampleCreatedView.class);
        em.createNativeQuery("""
                insert into sample_applied (event_id, subject, applied) values (:id, :subject, 1)
                on conflict (event_id) do update set applied = sample_applied.applied + 1""")
                .setParameter("id", event.id())
                .setParameter("subject", "samples/" + view.sampleId())
                .executeUpdate();
    }
}
