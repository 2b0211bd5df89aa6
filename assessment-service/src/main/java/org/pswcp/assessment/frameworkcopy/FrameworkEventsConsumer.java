package org.pswcp.assessment.frameworkcopy;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.pswcp.assessment.Events;
import org.pswcp.kit.inbox.EventRejectedException;
import org.pswcp.kit.inbox.Inbox;
import org.pswcp.kit.inbox.InboxConsumer;
import org.pswcp.kit.inbox.IncomingEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** Keeps this service's {@link FrameworkCopy framework copies}, from {@value Events#FRAMEWORK_TOPIC}. */
@ApplicationScoped
public class FrameworkEventsConsumer implements InboxConsumer {

    static final String CONSUMER = "assessment.framework-versions";
    private static final Logger LOG = Logger.getLogger(FrameworkEventsConsumer.class);

    private final Inbox inbox;
    private final FrameworkCopyRepository copies;

    FrameworkEventsConsumer(Inbox inbox, FrameworkCopyRepository copies) {
        this.inbox = inbox;
        this.copies = copies;
    }

    @Incoming(Events.FRAMEWORK_CHANNEL)
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
        return Events.FRAMEWORK_CHANNEL;
    }

    @Override
    public void apply(IncomingEvent event) {
        if (!Events.FRAMEWORK_VERSION_PUBLISHED.equals(event.type())) {
            LOG.debugf("Ignoring %s: not used by this service", event.type());
            return;
        }
        FrameworkVersionPublishedView published = event.data(FrameworkVersionPublishedView.class);
        if (copies.findByIdOptional(published.versionId()).isEmpty()) {
            var content = event.json().get("content");
            String json = content == null || content.isNull() ? null : content.toString();
            try {
                FrameworkCopies.parse(json);
            } catch (IllegalStateException e) {
                throw new EventRejectedException("The content of FrameworkVersionPublished " + event.id()
                        + " does not fit this service's view of a framework version");
            }
            copies.persist(new FrameworkCopyRecord(published, json, Instant.now()));
            LOG.infof("Framework version %s/%s is now available for assessments", published.frameworkCode(),
                    published.versionCode());
        }
    }
}
