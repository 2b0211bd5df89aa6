package org.pswcp.supervision.framework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.pswcp.kit.inbox.EventRejectedException;
import org.pswcp.kit.inbox.Inbox;
import org.pswcp.kit.inbox.InboxConsumer;
import org.pswcp.kit.inbox.IncomingEvent;
import org.pswcp.supervision.Events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Learns published framework versions from {@code framework.events}, keeping the codes that session topics and direct
 * observations are checked against. Each version is learned once; a repeated event changes nothing.
 */
@ApplicationScoped
public class FrameworkEventsConsumer implements InboxConsumer {

    static final String CONSUMER = "supervision.framework-versions";
    private static final Logger LOG = Logger.getLogger(FrameworkEventsConsumer.class);

    /** This service's view of FrameworkVersionPublished: the fields it uses. */
    record VersionPublishedView(UUID versionId, String frameworkCode, String versionCode, String title,
            Instant publishedAt, Content content) {

        VersionPublishedView {
            if (versionId == null || frameworkCode == null || versionCode == null || title == null
                    || publishedAt == null || content == null || content.domains() == null
                    || content.ratingScale() == null || content.ratingScale().levels() == null) {
                throw new EventRejectedException("A FrameworkVersionPublished event lacks a field this service needs");
            }
        }
    }

    record Content(RatingScale ratingScale, List<Domain> domains) {
    }

    record RatingScale(List<Level> levels) {
    }

    record Level(String code) {
    }

    record Domain(List<Area> areas) {
    }

    record Area(String code, List<Statement> statements) {
    }

    record Statement(String code, String kind, List<Statement> children) {
    }

    private final Inbox inbox;
    private final FrameworkVersionRepository versions;

    FrameworkEventsConsumer(Inbox inbox, FrameworkVersionRepository versions) {
        this.inbox = inbox;
        this.versions = versions;
    }

    @Incoming("framework-events")
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
        return "framework-events";
    }

    @Override
    public void apply(IncomingEvent event) {
        if (!Events.FRAMEWORK_VERSION_PUBLISHED.equals(event.type())) {
            LOG.debugf("Ignoring %s: not used by this service", event.type());
            return;
        }
        VersionPublishedView published = event.data(VersionPublishedView.class);
        if (versions.findByIdOptional(published.versionId()).isPresent()) {
            return;
        }
        List<String> areas = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        for (Domain domain : published.content().domains()) {
            for (Area area : domain.areas() == null ? List.<Area> of() : domain.areas()) {
                areas.add(area.code());
                collect(area.statements(), statements);
            }
        }
        List<String> levels = published.content().ratingScale().levels().stream().map(Level::code).toList();
        if (areas.contains(null) || statements.contains(null) || levels.contains(null)) {
            throw new EventRejectedException("FrameworkVersionPublished " + event.id() + " has an item without a code");
        }
        versions.persist(new FrameworkVersion(published.versionId(), published.frameworkCode(),
                published.versionCode(), published.title(), published.publishedAt(), areas.toArray(String[]::new),
                statements.toArray(String[]::new), levels.toArray(String[]::new), Instant.now()));
        LOG.infof("Framework version %s/%s can now be referred to in supervision", published.frameworkCode(),
                published.versionCode());
    }

    /** The codes of the statements that can be observed: sub-headings only group them. */
    private static void collect(List<Statement> statements, List<String> into) {
        for (Statement statement : statements == null ? List.<Statement> of() : statements) {
            if (!"HEADING".equals(statement.kind())) {
                into.add(statement.code());
            }
            collect(statement.children(), into);
        }
    }
}
