package org.pswcp.assessment.frameworkcopy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.assessment.frameworkcopy.FrameworkCopyResource.FrameworkCopyView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class FrameworkCopyRepository implements PanacheRepositoryBase<FrameworkCopyRecord, UUID> {

    Optional<UUID> newestWithContent() {
        return find("content is not null", Sort.descending("publishedAt")).firstResultOptional()
                .map(FrameworkCopyRecord::versionId);
    }

    List<UUID> allVersionIds() {
        return getEntityManager().createQuery("select v.versionId from FrameworkCopyRecord v order by v.publishedAt",
                UUID.class).getResultList();
    }

    /** What a list shows of each copy, newest first: a projection, never the content, which is the whole version. */
    List<FrameworkCopyView> viewsNewestFirst() {
        return findAll(Sort.descending("publishedAt")).project(FrameworkCopyView.class).list();
    }
}
