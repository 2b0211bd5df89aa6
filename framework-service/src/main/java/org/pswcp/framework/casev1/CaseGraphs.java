package org.pswcp.framework.casev1;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.framework.catalogue.FrameworkVersion;
import org.pswcp.framework.catalogue.FrameworkVersionRepository;
import org.pswcp.framework.catalogue.VersionContents;
import org.pswcp.framework.catalogue.VersionContents.Readable;

/**
 * Every published version as a CASE document. Published versions never change, so the documents are built once and
 * rebuilt only when another version has been published.
 */
@ApplicationScoped
class CaseGraphs {

    record Catalogue(List<String> versionIds, CaseGraph.Definitions definitions, List<CaseGraph> graphs) {
    }

    private final Map<String, Catalogue> byBase = new ConcurrentHashMap<>();
    private final FrameworkVersionRepository versions;
    private final VersionContents contents;

    CaseGraphs(FrameworkVersionRepository versions, VersionContents contents) {
        this.versions = versions;
        this.contents = contents;
    }

    /** The documents, with every {@code uri} under {@code base}, the address clients reach the service at. */
    @Transactional
    Catalogue catalogue(String base) {
        List<FrameworkVersion> published = versions.published();
        List<String> ids = published.stream().map(v -> v.id().toString()).toList();
        Catalogue cached = byBase.get(base);
        if (cached != null && cached.versionIds().equals(ids)) {
            return cached;
        }
        List<Readable> readables = published.stream()
                .map(v -> contents.get(v.framework().code(), v.code(), false)).toList();
        CaseGraph.Definitions definitions = CaseGraph.Definitions.of(base);
        List<CaseGraph> graphs = new ArrayList<>();
        for (Readable readable : readables) {
            graphs.add(new CaseGraph(base, definitions, readable, successorOf(readable, readables)));
        }
        Catalogue built = new Catalogue(ids, definitions, List.copyOf(graphs));
        byBase.put(base, built);
        return built;
    }

    private static Optional<Readable> successorOf(Readable version, List<Readable> all) {
        return all.stream()
                .filter(r -> r.frameworkCode().equals(version.frameworkCode()))
                .filter(r -> version.versionCode().equals(r.content().pkg().version().supersedes()))
                .findFirst();
    }
}
