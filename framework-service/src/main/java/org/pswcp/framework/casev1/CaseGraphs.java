package org.pswcp.framework.casev1;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.pswcp.framework.catalogue.FrameworkVersion;
import org.pswcp.framework.catalogue.FrameworkVersionRepository;
import org.pswcp.framework.catalogue.VersionContents;
import org.pswcp.framework.catalogue.VersionContents.Readable;
import org.pswcp.framework.catalogue.VersionPublished;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Every published version as a CASE document, every {@code uri} under the configured base URL. Published versions never
 * change, so the documents are built once and rebuilt only when another version has been published: one catalogue,
 * whatever the requests say. Which versions are published is read from the database at most once per {@link #RECHECK},
 * not on every request: a version published in this replica shows at once (its commit clears the catalogue), one
 * published in another replica within that time.
 */
@ApplicationScoped
class CaseGraphs {

    record Catalogue(List<String> versionIds, CaseDefinitions definitions, List<CaseGraph> graphs) {
    }

    /** How long the list of published versions is trusted before it is read again. */
    static final Duration RECHECK = Duration.ofSeconds(5);

    private record Checked(Catalogue catalogue, long atNanos) {
    }

    private final AtomicReference<Checked> current = new AtomicReference<>();
    /** Moves on at every publication here: a catalogue read before one is not kept after it. */
    private final AtomicLong publications = new AtomicLong();
    private final FrameworkVersionRepository versions;
    private final VersionContents contents;
    private final CaseUris uris;

    CaseGraphs(FrameworkVersionRepository versions, VersionContents contents, CaseConfig config) {
        this.versions = versions;
        this.contents = contents;
        String url = config.baseUrl().toString();
        this.uris = new CaseUris(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The documents of the versions published now, or at most {@link #RECHECK} ago in another replica. */
    Catalogue catalogue() {
        Checked checked = current.get();
        if (checked != null && System.nanoTime() - checked.atNanos() < RECHECK.toNanos()) {
            return checked.catalogue();
        }
        long publication = publications.get();
        long now = System.nanoTime();
        Catalogue read = QuarkusTransaction.joiningExisting()
                .call(() -> reread(checked == null ? null : checked.catalogue()));
        if (publications.get() == publication) {
            current.set(new Checked(read, now));
        }
        return read;
    }

    /** Forgets the catalogue once a version published here has committed: the next request builds it again. */
    void versionPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished published) {
        publications.incrementAndGet();
        current.set(null);
    }

    private Catalogue reread(Catalogue cached) {
        List<FrameworkVersion> published = versions.published();
        List<String> ids = published.stream().map(v -> v.id().toString()).toList();
        if (cached != null && cached.versionIds().equals(ids)) {
            return cached;
        }
        List<Readable> readables = published.stream()
                .map(v -> contents.get(v.framework().code(), v.code(), false)).toList();
        CaseDefinitions definitions = CaseDefinitions.of(uris);
        List<CaseGraph> graphs = new ArrayList<>();
        for (Readable readable : readables) {
            graphs.add(new CaseGraph(uris, definitions, readable, successorOf(readable, readables)));
        }
        return new Catalogue(ids, definitions, List.copyOf(graphs));
    }

    private static Optional<Readable> successorOf(Readable version, List<Readable> all) {
        return all.stream()
                .filter(r -> r.frameworkCode().equals(version.frameworkCode()))
                .filter(r -> version.versionCode().equals(r.content().pkg().version().supersedes()))
                .findFirst();
    }
}
