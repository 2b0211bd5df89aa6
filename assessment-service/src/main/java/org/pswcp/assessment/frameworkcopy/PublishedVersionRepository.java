package org.pswcp.assessment.frameworkcopy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PublishedVersionRepository implements PanacheRepositoryBase<PublishedVersion, UUID> {

    /** The most recently published version that carries content: what profiles use by default. */
    public java.util.Optional<UUID> newestWithContent() {
        return find("content is not null", Sort.descending("publishedAt")).firstResultOptional()
                .map(PublishedVersion::versionId);
    }

    public List<PublishedVersion> newestFirst() {
        return listAll(Sort.descending("publishedAt"));
    }
}
