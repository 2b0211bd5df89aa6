package org.pswcp.assessment.frameworkcopy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A {@link FrameworkCopy} as stored: the published version's identity as FrameworkVersionPublished gave it, and its
 * content as the event carried it.
 */
@Entity
@Table(name = "published_framework_version")
class FrameworkCopyRecord {

    @Id
    UUID versionId;

    UUID frameworkId;

    String frameworkCode;

    String versionCode;

    String title;

    Instant publishedAt;

    Instant receivedAt;

    /** The version's content as the event carried it (JSON); null for versions announced without it. */
    String content;

    protected FrameworkCopyRecord() {
    }

    FrameworkCopyRecord(FrameworkVersionPublishedView event, String content, Instant receivedAt) {
        this.versionId = event.versionId();
        this.frameworkId = event.frameworkId();
        this.frameworkCode = event.frameworkCode();
        this.versionCode = event.versionCode();
        this.title = event.title();
        this.publishedAt = event.publishedAt();
        this.receivedAt = receivedAt;
        this.content = content;
    }

    String content() {
        return content;
    }

    UUID versionId() {
        return versionId;
    }

    String frameworkCode() {
        return frameworkCode;
    }

    String versionCode() {
        return versionCode;
    }

    String title() {
        return title;
    }

    Instant publishedAt() {
        return publishedAt;
    }
}
