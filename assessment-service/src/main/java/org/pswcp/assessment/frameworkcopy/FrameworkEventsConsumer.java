package org.pswcp.assessment.frameworkcopy;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.pswcp.kit.inbox.EventRejectedException;
import org.pswcp.kit.inbox.Inbox;
import org.pswcp.kit.inbox.IncomingEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Keeps the local copy of published framework versions, from {@code framework.events}. */
@ApplicationScoped
public class FrameworkEventsConsumer {

    static final String CONSUMER = "assessment.framework-versions";
    private static final Logger LOG = Logger.getLogger(FrameworkEventsConsumer.class);

    private final Inbox inbox;
    private final PublishedVersionRepository versions;

    FrameworkEventsConsumer(Inbox inbox, PublishedVersionRepository versions) {
        this.inbox = inbox;
        this.versions = versions;
    }

    @Incoming("framework-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (!FrameworkVersionPublishedView.TYPE.equals(event.type())) {
            LOG.debugf("Ignoring %s: not used by this service", event.type());
            return;
        }
        FrameworkVersionPublishedView published = event.data(FrameworkVersionPublishedView.class);
        if (versions.findByIdOptional(published.versionId()).isEmpty()) {
            var content = event.json().get("content");
            String json = content == null || content.isNull() ? null : content.toString();
            try {
                FrameworkCopy.parse(json);
            } catch (IllegalStateException e) {
                throw new EventRejectedException("The content of FrameworkVersionPublished " + event.id()
                        + " does not fit this service's view of a framework version");
            }
            versions.persist(new PublishedVersion(published, json, Instant.now()));
            LOG.infof("Framework version %s/%s is now available for assessments", published.frameworkCode(),
                    published.versionCode());
        }
    }
}
