package org.pswcp.framework.casev1;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.framework.catalogue.FrameworkVersion;
import org.pswcp.framework.catalogue.FrameworkVersionRepository;
import org.pswcp.framework.catalogue.VersionContents;
import org.pswcp.framework.catalogue.VersionContents.Readable;

/**
 * Every published version as a CASE document, every {@code uri} under the configured base URL. Published versions never
 * change, so the documents are built once and rebuilt only when another version has been published: one catalogue,
 * whatever the requests say.
 */
@ApplicationScoped
class CaseGraphs {

    record Catalogue(List<String> versionIds, CaseDefinitions definitions, List<CaseGraph> graphs) {
    }

    private final AtomicReference<Catalogue> current = new AtomicReference<>();
    private final FrameworkVersionRepository versions;
    private final VersionContents contents;
    private final CaseUris uris;

    CaseGraphs(FrameworkVersionRepository versions, VersionContents contents, CaseConfig config) {
        this.versions = versions;
        this.contents = contents;
        String url = config.baseUrl().toString();
        this.uris = new CaseUris(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The documents of the versions published now. */
    @Transactional
    Catalogue catalogue() {
        List<FrameworkVersion> published = versions.published();
        List<String> ids = published.stream().map(v -> v.id().toString()).toList();
        Catalogue cached = current.get();
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
        Catalogue built = new Catalogue(ids, definitions, List.copyOf(graphs));
        current.set(built);
        return built;
    }

    private static Optional<Readable> successorOf(Readable version, List<Readable> all) {
        return all.stream()
                .filter(r -> r.frameworkCode().equals(version.frameworkCode()))
                .filter(r -> version.versionCode().equals(r.content().pkg().version().supersedes()))
                .findFirst();
    }
}
