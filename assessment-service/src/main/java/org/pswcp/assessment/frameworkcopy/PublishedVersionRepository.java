package org.pswcp.assessment.frameworkcopy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PublishedVersionRepository implements PanacheRepositoryBase<PublishedVersion, UUID> {

    public List<PublishedVersion> newestFirst() {
        return listAll(Sort.descending("publishedAt"));
    }
}
