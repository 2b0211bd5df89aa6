package org.pswcp.supervision.retention;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.kit.security.OrganisationScopedRepository;

import io.quarkus.panache.common.Sort;

/** The register of destruction, organisation by organisation. */
@ApplicationScoped
public class DestructionRegister extends OrganisationScopedRepository<DestructionDecision> {

    @Override
    protected String resourceName() {
        return "destruction decision";
    }

    /** The latest decision about the worker in the caller's organisation. */
    Optional<DestructionDecision> latestAbout(String workerId) {
        return findVisible("workerId = :worker", Map.of("worker", workerId), Sort.descending("decidedAt", "id"))
                .firstResultOptional();
    }
}
