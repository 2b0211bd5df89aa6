package org.pswcp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pswcp.testkit.CloudEvents;
import org.pswcp.testkit.Db;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FrameworkVersionCopyTest {

    @Inject
    DataSource dataSource;

    @Test
    void aPublishedVersionBecomesAssessable() {
        UUID versionId = Fixtures.publishedVersion();
        assertThat(new Db(dataSource).single(
                "select framework_code from published_framework_version where version_id = ?", versionId))
                .isEqualTo("mh-psw");
    }

    @Test
    void theSameEventTwiceIsAppliedOnce() {
        UUID versionId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        var event = CloudEvents.event(Events.FRAMEWORK_TOPIC, "mh-psw", Events.FRAMEWORK_VERSION_PUBLISHED, eventId,
                null,
                Fixtures.versionPublishedJson(versionId, "twice", true));
        double repeats = Fixtures.repeatsSkipped("assessment.framework-versions");
        CloudEvents.send(event, event);

        Db db = new Db(dataSource);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                db.count("select count(*) from published_framework_version where version_id = ?", versionId))
                .isEqualTo(1));
        // A later event on the same partition is applied only after both copies were handled.
        Fixtures.publishedVersion();
        assertThat(Fixtures.repeatsSkipped("assessment.framework-versions"))
                .as("the second copy was recognised as a repeat").isEqualTo(repeats + 1);
        assertThat(db.count("select count(*) from kit.inbox_event where event_id = ?", eventId)).isEqualTo(1);
        assertThat(db.count("select count(*) from published_framework_version where version_id = ?", versionId))
                .isEqualTo(1);
    }

    @Test
    void anEventMissingARequiredFieldGoesToTheDeadLetterTopic() {
        String key = "broken-" + UUID.randomUUID();
        CloudEvents.send(CloudEvents.event(Events.FRAMEWORK_TOPIC, key, Events.FRAMEWORK_VERSION_PUBLISHED, null,
                "{\"frameworkCode\":\"mh-psw\"}"));
        var dead = CloudEvents.withKey(Events.deadLetters(Events.FRAMEWORK_TOPIC), key, 1, Duration.ofSeconds(20));
        assertThat(CloudEvents.header(dead.get(0), "dead-letter-reason"))
                .contains("does not fit FrameworkVersionPublishedView");
    }
}
