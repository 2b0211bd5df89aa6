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

    @Version
    long version;

    protected FrameworkVersion() {
    }

    FrameworkVersion(Framework framework, String code, String title, Instant now) {
        this.id = CatalogueIds.version(framework.code(), code);
        this.framework = framework;
        this.code = code;
        this.title = title;
        this.status = VersionStatus.DRAFT;
        this.createdAt = now;
    }

    /** Publishes the draft: from now on it is read-only, and may be assessed against. */
    void publish(Instant now) {
        if (status == VersionStatus.PUBLISHED) {
            throw new ConflictException("Version " + code + " of " + framework.code()
                    + " is already published; a published version never changes.");
        }
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
}
