package org.pswcp.framework.catalogue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.pswcp.framework.catalogue.CatalogueDtos.FrameworkView;
import org.pswcp.framework.catalogue.CatalogueDtos.VersionView;
import org.pswcp.framework.catalogue.FrameworkEvents.FrameworkVersionPublished;
import org.pswcp.framework.content.FrameworkPackage;
import org.pswcp.framework.content.PackageCodec;
import org.pswcp.framework.content.PackageEdits;
import org.pswcp.framework.content.PackageRules;
import org.pswcp.framework.content.VersionContent;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.problem.ConflictException;
import org.pswcp.kit.problem.InvalidInputException;
import org.pswcp.kit.problem.PreconditionFailedException;
import org.pswcp.kit.problem.ResourceNotFoundException;

/**
 * Frameworks and their versions: importing a version as a draft, editing it, publishing it. A published version never
 * changes.
 */
@ApplicationScoped
public class CatalogueService {

    /** The outcome of a create-or-update: whether it created. */
    public record Described(FrameworkView framework, boolean created) {
    }

    /** A draft after an edit, with the ETag an If-Match must name for the next one. */
    public record Edited(VersionView version, String etag) {
    }

    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final StatementSearch search;
    private final Outbox outbox;
    private final Event<VersionPublished> published;

    CatalogueService(FrameworkRepository frameworks, FrameworkVersionRepository versions, StatementSearch search,
            Outbox outbox, Event<VersionPublished> published) {
        this.frameworks = frameworks;
        this.versions = versions;
        this.search = search;
        this.outbox = outbox;
        this.published = published;
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

    /**
     * Imports a package as a new draft version of the framework; creates the framework if it is new. The package is
     * checked whole, and every fault is reported with its path.
     */
    @Transactional
    @Audited(action = "framework-version.import", resourceType = "framework-version")
    public VersionView importDraft(String frameworkCode, FrameworkPackage pkg) {
        if (!pkg.framework().code().equals(frameworkCode)) {
            throw new InvalidInputException("framework.code",
                    "must be " + frameworkCode + ", the framework of the URL");
        }
        VersionContent content = PackageRules.check(pkg);
        Framework framework = frameworks.findByCode(frameworkCode).orElseGet(() -> {
            Framework created = new Framework(frameworkCode, pkg.framework().title(), pkg.framework().description());
            frameworks.persist(created);
            return created;
        });
        if (versions.findByCodes(frameworkCode, pkg.version().code()).isPresent()) {
            throw new ConflictException("Version " + pkg.version().code() + " of " + frameworkCode
                    + " already exists.");
        }
        FrameworkVersion draft = new FrameworkVersion(framework, pkg.version().code(), Instant.now());
        write(draft, pkg);
        versions.persist(draft);
        index(draft, content);
        return VersionView.of(draft);
    }

    /** Replaces a draft's whole content with the package, if the draft is still as the caller last read it. */
    @Transactional
    @Audited(action = "framework-version.replace", resourceType = "framework-version")
    public Edited replace(String frameworkCode, String versionCode, FrameworkPackage pkg, String ifMatch) {
        FrameworkVersion draft = current(frameworkCode, versionCode, ifMatch);
        if (!pkg.framework().code().equals(frameworkCode) || !pkg.version().code().equals(versionCode)) {
            throw new InvalidInputException("version.code",
                    "must be " + versionCode + " of " + frameworkCode + ", the version of the URL");
        }
        store(draft, pkg, PackageRules.check(pkg));
        return edited(draft);
    }

    /** Rewords one statement of a draft. */
    @Transactional
    @Audited(action = "framework-version.reword", resourceType = "framework-version")
    public Edited reword(String frameworkCode, String versionCode, String statementCode, String text,
            String ifMatch) {
        FrameworkVersion draft = current(frameworkCode, versionCode, ifMatch);
        FrameworkPackage edited = PackageEdits.reword(packageOf(draft), statementCode, text);
        store(draft, edited, PackageRules.check(edited));
        return edited(draft);
    }

    /** After {@link #store}, which flushes, the draft's revision is the one the next If-Match must name. */
    private static Edited edited(FrameworkVersion draft) {
        return new Edited(VersionView.of(draft), VersionContents.etagOf(draft));
    }

    /** Publishes a draft and announces it, with its content, on {@link FrameworkEvents#TOPIC}, in one transaction. */
    @Transactional
    @Audited(action = "framework-version.publish", resourceType = "framework-version")
    public VersionView publish(String frameworkCode, String versionCode) {
        FrameworkVersion version = versionOrNotFound(frameworkCode, versionCode);
        FrameworkPackage pkg = packageOf(version);
        if (version.content() == null && !version.isPublished()) {
            store(version, pkg, VersionContent.of(pkg));
        }
        // To the microsecond, as PostgreSQL keeps it: the announcement and every later read say the same instant.
        version.publish(Instant.now().truncatedTo(ChronoUnit.MICROS));
        announce(version, pkg);
        published.fire(new VersionPublished(frameworkCode, versionCode));
        return VersionView.of(version);
    }

    /**
     * Announces a published version again, as at its publication and with its content, for consumers whose copy is gone
     * (a new database, a table a schema change recreated) when the topic no longer holds the first announcement: the
     * topics keep 14 days. Consumers that hold the version already change nothing.
     */
    @Transactional
    @Audited(action = "framework-version.announce", resourceType = "framework-version")
    public VersionView announceAgain(String frameworkCode, String versionCode) {
        FrameworkVersion version = versionOrNotFound(frameworkCode, versionCode);
        if (!version.isPublished()) {
            throw new ConflictException("Version " + versionCode + " of " + frameworkCode
                    + " is a draft: only a published version is announced, when it is published.");
        }
        announce(version, packageOf(version));
        return VersionView.of(version);
    }

    private void announce(FrameworkVersion version, FrameworkPackage pkg) {
        String frameworkCode = version.framework().code();
        String path = "frameworks/" + frameworkCode + "/versions/" + version.code();
        outbox.record(OutgoingEvent.of(FrameworkEvents.TOPIC, FrameworkVersionPublished.TYPE,
                frameworkCode, path,
                new FrameworkVersionPublished(version.framework().id(), frameworkCode, version.id(), version.code(),
                        version.title(), version.publishedAt(), pkg))
                .dataref("/v1/" + path));
    }

    /** A version made before versions had content: an empty package with its names. */
    static FrameworkPackage emptyPackage(FrameworkVersion version) {
        Framework f = version.framework();
        return new FrameworkPackage(FrameworkPackage.FORMAT,
                new FrameworkPackage.FrameworkInfo(f.code(), f.title(), null, f.description()),
                new FrameworkPackage.VersionInfo(version.code(), version.title(), "unspecified", null, List.of(),
                        null),
                DefaultRatingScale.SCALE, List.of(), new FrameworkPackage.Curriculum(List.of()), List.of(), List.of());
    }

    private void store(FrameworkVersion version, FrameworkPackage pkg, VersionContent content) {
        write(version, pkg);
        index(version, content);
    }

    private static void write(FrameworkVersion version, FrameworkPackage pkg) {
        String canonical = PackageCodec.write(pkg);
        version.replaceContent(pkg, canonical, PackageCodec.hash(canonical));
    }

    private void index(FrameworkVersion version, VersionContent content) {
        versions.flush(); // the search rows refer to the version row
        search.rebuild(version.id(), content);
    }

    private static FrameworkPackage packageOf(FrameworkVersion version) {
        return version.content() == null ? emptyPackage(version) : PackageCodec.read(version.content());
    }

    /** The draft, provided the caller's If-Match (when given) names its current revision. */
    private FrameworkVersion current(String frameworkCode, String versionCode, String ifMatch) {
        FrameworkVersion version = versionOrNotFound(frameworkCode, versionCode);
        String etag = VersionContents.etagOf(version);
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(etag)) {
            throw new PreconditionFailedException("The version has changed since you read it (its ETag is now "
                    + etag + "). Read it again and reapply your change.");
        }
        return version;
    }

    private FrameworkVersion versionOrNotFound(String frameworkCode, String versionCode) {
        return versions.findByCodes(frameworkCode, versionCode)
                .orElseThrow(() -> new ResourceNotFoundException("framework version",
                        frameworkCode + "/" + versionCode));
    }

    private Framework frameworkOrNotFound(String code) {
        return frameworks.findByCode(code).orElseThrow(() -> new ResourceNotFoundException("framework", code));
    }
}
