package org.pswcp.framework.catalogue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.framework.catalogue.CatalogueDtos.VersionView;
import org.pswcp.framework.content.FrameworkPackage;
import org.pswcp.framework.content.PackageCodec;
import org.pswcp.framework.content.VersionContent;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a version's content. Published versions never change, so each is loaded once and then served from memory, with
 * its tree already written as JSON: it is the platform's hottest read. Drafts are read from the database on every
 * request.
 */
@ApplicationScoped
public class VersionContents {

    /**
     * A version as readers get it.
     *
     * @param etag strong for published content (its hash), the row revision for drafts
     */
    public record Readable(VersionView version, VersionContent content, String etag, boolean published) {

        public String frameworkCode() {
            return version.frameworkCode();
        }

        public String versionCode() {
            return version.code();
        }
    }

    private record Published(Readable readable, byte[] tree) {
    }

    private final Map<String, Published> published = new ConcurrentHashMap<>();
    private final FrameworkVersionRepository versions;
    private final ObjectMapper mapper;
    private final Caller caller;

    VersionContents(FrameworkVersionRepository versions, ObjectMapper mapper, Caller caller) {
        this.versions = versions;
        this.mapper = mapper;
        this.caller = caller;
    }

    /** Framework editors read drafts too; everyone else, published versions only. */
    public boolean callerMayReadDrafts() {
        return caller.hasRole(Roles.FRAMEWORK_EDITOR);
    }

    /** The version as the caller may see it: published, or a draft for an editor. */
    public Readable visible(String frameworkCode, String versionCode) {
        return get(frameworkCode, versionCode, callerMayReadDrafts());
    }

    /** The version, published or (for those who may) draft; anything else is not found. */
    public Readable get(String frameworkCode, String versionCode, boolean mayReadDrafts) {
        Published cached = published.get(key(frameworkCode, versionCode));
        if (cached != null) {
            return cached.readable();
        }
        Readable readable = load(frameworkCode, versionCode, mayReadDrafts);
        if (readable.published()) {
            published.putIfAbsent(key(frameworkCode, versionCode),
                    new Published(readable, write(ContentViews.tree(readable))));
        }
        return readable;
    }

    /** The full tree of a published version as JSON bytes, written once. */
    public byte[] publishedTree(Readable readable) {
        Published cached = published.get(key(readable.frameworkCode(), readable.versionCode()));
        return cached != null ? cached.tree() : write(ContentViews.tree(readable));
    }

    @Transactional
    Readable load(String frameworkCode, String versionCode, boolean mayReadDrafts) {
        FrameworkVersion version = versions.findByCodes(frameworkCode, versionCode)
                .filter(v -> v.isPublished() || mayReadDrafts)
                .orElseThrow(() -> new ResourceNotFoundException("framework version",
                        frameworkCode + "/" + versionCode));
        return readable(version);
    }

    static Readable readable(FrameworkVersion version) {
        FrameworkPackage pkg = version.content() == null
                ? CatalogueService.emptyPackage(version)
                : PackageCodec.read(version.content());
        return new Readable(CatalogueDtos.VersionView.of(version), VersionContent.of(pkg), etagOf(version),
                version.isPublished());
    }

    /** Strong for published content (its hash), the row's revision for drafts: no need to read the content. */
    static String etagOf(FrameworkVersion version) {
        return version.isPublished()
                ? "\"p-" + (version.contentHash() == null ? version.id() : version.contentHash().substring(0, 32))
                        + "\""
                : "\"d-" + version.id() + "-" + version.revision() + "\"";
    }

    private byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(String frameworkCode, String versionCode) {
        return frameworkCode + "/" + versionCode;
    }
}
