package org.pswcp.kit.sample;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pswcp.kit.inbox.Inbox;
import org.pswcp.kit.inbox.InboxConsumer;
import org.pswcp.kit.inbox.IncomingEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Counts each application of an event, so tests can see that a repeat is not applied again. A title can ask for a
 * failure: {@code "flaky ..."} meets a lock timeout on its first two attempts, {@code "busy ..."} on every attempt,
 * {@code "bug ..."} fails as a handler's own bug would, until a test says the bug is fixed for that event
 * ({@link #FIXED}).
 */
@ApplicationScoped
public class SampleConsumer implements InboxConsumer {

    public record SampleCreatedView(String sampleId, String title) {
    }

    /** Events whose "bug" has been fixed, as by a new release: they apply now. */
    public static final Set<String> FIXED = ConcurrentHashMap.newKeySet();

    /** Attempts per event id, for the tests to read. */
    public static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();

    private final Inbox inbox;
    private final EntityManager em;

    SampleConsumer(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("samples-in")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record, IncomingKafkaRecordMetadata<String, String> metadata) {
        inbox.receive(this, record, metadata);
    }

    @Override
    public String name() {
        return "kit-test.samples";
    }

    @Override
    public String channel() {
        return "samples-in";
    }

    @Override
    public void apply(IncomingEvent event) {
        SampleCreatedView view = event.data(SampleCreatedView.class);
        int attempt = ATTEMPTS.merge(event.id(), 1, Integer::sum);
        String title = view.title() == null ? "" : view.title();
        if (title.startsWith("busy ") || title.startsWith("flaky ") && attempt <= 2) {
            throw new LockTimeoutException("lock timeout on sample_applied");
        }
        if (title.startsWith("bug ") && !FIXED.contains(event.id())) {
            throw new IllegalStateException("a handler's bug");
        }
        em.createNativeQuery("""
                insert into sample_applied (event_id, subject, applied) values (:id, :subject, 1)
                on conflict (event_id) do update set applied = sample_applied.applied + 1""")
                .setParameter("id", event.id())
                .setParameter("subject", "samples/" + view.sampleId())
                .executeUpdate();
    }
}
