package org.pswcp.assessment.frameworkcopy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class FrameworkCopyRepository implements PanacheRepositoryBase<FrameworkCopyRecord, UUID> {

    Optional<UUID> newestWithContent() {
        return find("content is not null", Sort.descending("publishedAt")).firstResultOptional()
                .map(FrameworkCopyRecord::versionId);
    }

    List<FrameworkCopyRecord> newestFirst() {
        return listAll(Sort.descending("publishedAt"));
    }
}
