package org.pswcp.framework.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.pswcp.framework.content.FrameworkPackage;
import org.pswcp.framework.content.PackageCodec;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The framework's own versions ship with the service and are loaded at start through the same import and publish an
 * editor uses, once: a version that exists is left alone. Replicas starting together take turns.
 */
@ApplicationScoped
class BundledFrameworks {

    static final String PUBLICATION = "frameworks/mh-psw-2020-10.json";
    /** In the order they were issued, so that lineage reads forwards. */
    static final List<String> PACKAGES = List.of("frameworks/mh-psw-2020-02.json", PUBLICATION);

    private static final Logger LOG = Logger.getLogger(BundledFrameworks.class);

    private final CatalogueService catalogue;
    private final FrameworkVersionRepository versions;
    private final EntityManager em;
    private final CatalogueConfig config;

    BundledFrameworks(CatalogueService catalogue, FrameworkVersionRepository versions, EntityManager em,
            CatalogueConfig config) {
        this.catalogue = catalogue;
        this.versions = versions;
        this.em = em;
        this.config = config;
    }

    void load(@Observes StartupEvent start) {
        if (!config.loadBundledFrameworks()) {
            return;
        }
        for (String resource : PACKAGES) {
            FrameworkPackage pkg = read(resource);
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("select pg_advisory_xact_lock(hashtext('pswcp.bundled-frameworks'))")
                        .getSingleResult();
                if (versions.findByCodes(pkg.framework().code(), pkg.version().code()).isEmpty()) {
                    catalogue.importDraft(pkg.framework().code(), pkg);
                    catalogue.publish(pkg.framework().code(), pkg.version().code());
                    LOG.infof("Loaded and published %s version %s", pkg.framework().code(), pkg.version().code());
                }
            });
        }
    }

    static FrameworkPackage read(String resource) {
        try (InputStream in = BundledFrameworks.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the service");
            }
            return PackageCodec.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
