package org.pswcp.supervision.framework;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Framework versions are public, the same for every organisation. */
@ApplicationScoped
public class FrameworkVersionRepository implements PanacheRepositoryBase<FrameworkVersion, UUID> {
}
