package org.pswcp.framework.catalogue;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.framework.catalogue.CatalogueDtos.FrameworkView;
import org.pswcp.framework.catalogue.CatalogueDtos.VersionView;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.problem.ConflictException;
import org.pswcp.kit.problem.ResourceNotFoundException;

/** Frameworks and their versions: creating drafts and publishing them. */
@ApplicationScoped
public class CatalogueService {

    /** The outcome of a create-or-update: whether it created. */
    public record Described(FrameworkView framework, boolean created) {
    }

    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final Outbox outbox;

    CatalogueService(FrameworkRepository frameworks, FrameworkVersionRepository versions, Outbox outbox) {
        this.frameworks = frameworks;
        this.versions = versions;
        this.outbox = outbox;
    }

    @Transactional
    public List<FrameworkView> frameworks() {
        return frameworks.listAll().stream().map(FrameworkView::of).toList();
    }

    @Transactional
    public FrameworkView framework(String code) {
        return FrameworkView.of(frameworkOrNotFound(code));
    }

    /** Creates the framework, or renames it: the same request twice leaves one framework. */
    @Transactional
    @Audited(action = "framework.describe", resourceType = "framework")
    public Described describe(@AuditedResourceId String code, String title, String description) {
        return frameworks.findByCode(code)
                .map(existing -> {
                    existing.describe(title, description);
                    return new Described(FrameworkView.of(existing), false);
                })
                .orElseGet(() -> {
                    Framework created = new Framework(code, title, description);
                    frameworks.persist(created);
                    return new Described(FrameworkView.of(created), true);
                });
    }

    /** The versions of a framework; drafts only for those who may edit them. */
    @Transactional
    public List<VersionView> versions(String frameworkCode, boolean includeDrafts) {
        frameworkOrNotFound(frameworkCode);
        return versions.listOf(frameworkCode, includeDrafts).stream().map(VersionView::of).toList();
    }

    /** A version; a draft is as good as absent for those who may not edit it. */
    @Transactional
    public VersionView version(String frameworkCode, String versionCode, boolean mayReadDrafts) {
        return versions.findByCodes(frameworkCode, versionCode)
                .filter(v -> v.isPublished() || mayReadDrafts)
                .map(VersionView::of)
                .orElseThrow(() -> new ResourceNotFoundException("framework version",
                        frameworkCode + "/" + versionCode));
    }

    @Transactional
    @Audited(action = "framework-version.create", resourceType = "framework-version")
    public VersionView createDraft(String frameworkCode, String versionCode, String title) {
        Framework framework = frameworkOrNotFound(frameworkCode);
        if (versions.findByCodes(frameworkCode, versionCode).isPresent()) {
            throw new ConflictException("Version " + versionCode + " of " + frameworkCode + " already exists.");
        }
        FrameworkVersion draft = new FrameworkVersion(framework, versionCode, title, Instant.now());
        versions.persist(draft);
        return VersionView.of(draft);
    }

    /** Publishes a draft and announces it on {@code framework.events}, in one transaction. */
    @Transactional
    @Audited(action = "framework-version.publish", resourceType = "framework-version")
    public VersionView publish(String frameworkCode, String versionCode) {
        FrameworkVersion version = versions.findByCodes(frameworkCode, versionCode)
                .orElseThrow(() -> new ResourceNotFoundException("framework version",
                        frameworkCode + "/" + versionCode));
        version.publish(Instant.now());
        String path = "frameworks/" + frameworkCode + "/versions/" + versionCode;
        outbox.record(OutgoingEvent.of(FrameworkVersionPublished.TOPIC, FrameworkVersionPublished.TYPE,
                frameworkCode, path,
                new FrameworkVersionPublished(version.framework().id(), frameworkCode, version.id(), versionCode,
                        version.title(), version.publishedAt()))
                .dataref("/v1/" + path));
        return VersionView.of(version);
    }

    private Framework frameworkOrNotFound(String code) {
        return frameworks.findByCode(code).orElseThrow(() -> new ResourceNotFoundException("framework", code));
    }
}
