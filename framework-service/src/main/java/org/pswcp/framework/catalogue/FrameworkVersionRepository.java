package org.pswcp.framework.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FrameworkVersionRepository implements PanacheRepositoryBase<FrameworkVersion, UUID> {

    public Optional<FrameworkVersion> findByCodes(String frameworkCode, String versionCode) {
        return find("framework.code = :framework and code = :version",
                Parameters.with("framework", frameworkCode).and("version", versionCode)).firstResultOptional();
    }

    /** Every published version of every framework, oldest first. */
    public List<FrameworkVersion> published() {
        return list("status", Sort.ascending("publishedAt", "id"), VersionStatus.PUBLISHED);
    }

    public List<FrameworkVersion> listOf(String frameworkCode, boolean includeDrafts) {
        String query = includeDrafts
                ? "framework.code = :framework"
                : "framework.code = :framework and status = :published";
        Parameters parameters = Parameters.with("framework", frameworkCode);
        if (!includeDrafts) {
            parameters.and("published", VersionStatus.PUBLISHED);
        }
        return list(query, Sort.ascending("createdAt", "code"), parameters);
    }
}
