package org.pswcp.assessment.frameworkcopy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A framework version that framework-service published, as this service learned it from the event. */
@Entity
@Table(name = "published_framework_version")
public class PublishedVersion {

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

    protected PublishedVersion() {
    }

    PublishedVersion(FrameworkVersionPublishedView event, String content, Instant receivedAt) {
        this.versionId = event.versionId();
        this.frameworkId = event.frameworkId();
        this.frameworkCode = event.frameworkCode();
        this.versionCode = event.versionCode();
        this.title = event.title();
        this.publishedAt = event.publishedAt();
        this.receivedAt = receivedAt;
        this.content = content;
    }

    public String content() {
        return content;
    }

    public UUID versionId() {
        return versionId;
    }

    public String frameworkCode() {
        return frameworkCode;
    }

    public String versionCode() {
        return versionCode;
    }

    public String title() {
        return title;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
