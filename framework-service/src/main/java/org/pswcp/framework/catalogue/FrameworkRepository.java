package org.pswcp.framework.catalogue;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FrameworkRepository implements PanacheRepositoryBase<Framework, UUID> {

    public Optional<Framework> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
