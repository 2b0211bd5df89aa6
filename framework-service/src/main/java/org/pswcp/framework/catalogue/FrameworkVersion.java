package org.pswcp.framework.catalogue;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pswcp.framework.content.FrameworkPackage;
import org.pswcp.kit.problem.ConflictException;

/** One version of a framework, such as the October 2020 publication. Published versions are immutable. */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion {

    @Id
    UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    Framework framework;

    String code;

    String title;

    @Enumerated(EnumType.STRING)
    VersionStatus status;

    Instant createdAt;

    Instant publishedAt;

    String stage;

    java.time.LocalDate issued;

    String supersedes;

    /** The package in canonical JSON; null for versions made before content existed, which read as empty. */
    String content;

    String contentHash;

    @Version
    long version;

    protected FrameworkVersion() {
    }

    FrameworkVersion(Framework framework, String code, Instant now) {
        this.id = CatalogueIds.version(framework.code(), code);
        this.framework = framework;
        this.code = code;
        this.status = VersionStatus.DRAFT;
        this.createdAt = now;
    }

    /** Replaces the draft's content; a published version refuses. */
    void replaceContent(FrameworkPackage pkg, String canonical, String hash) {
        requireDraft();
        this.title = pkg.version().title();
        this.stage = pkg.version().stage();
        this.issued = pkg.version().issued();
        this.supersedes = pkg.version().supersedes();
        this.content = canonical;
        this.contentHash = hash;
    }

    private void requireDraft() {
        if (status == VersionStatus.PUBLISHED) {
            throw new ConflictException("Version " + code + " of " + framework.code()
                    + " is published; a published version never changes. Import a new version instead.");
        }
    }

    /** Publishes the draft: from now on it is read-only, and may be assessed against. */
    void publish(Instant now) {
        requireDraft();
        status = VersionStatus.PUBLISHED;
        publishedAt = now;
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    public UUID id() {
        return id;
    }

    public Framework framework() {
        return framework;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public VersionStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String stage() {
        return stage;
    }

    public java.time.LocalDate issued() {
        return issued;
    }

    public String supersedes() {
        return supersedes;
    }

    /** The canonical package JSON, or null when the version has none. */
    public String content() {
        return content;
    }

    public String contentHash() {
        return contentHash;
    }

    /** The optimistic-lock version, for ETags of drafts. */
    public long revision() {
        return version;
    }
}
