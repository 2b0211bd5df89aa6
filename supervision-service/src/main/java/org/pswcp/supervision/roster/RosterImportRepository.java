package org.pswcp.supervision.roster;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pswcp.kit.security.OrganisationScopedRepository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RosterImportRepository extends OrganisationScopedRepository<RosterImport> {

    @Override
    protected String resourceName() {
        return "roster import";
    }

    /** The import, locked until the transaction ends, so that of two concurrent applications only one proceeds. */
    Optional<RosterImport> findForUpdate(String organisation, UUID id) {
        return findInOrganisation(organisation, "id = :id", Map.of("id", id), Sort.empty())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Imports in any organisation whose background work has not moved since the cutoff. */
    List<RosterImport> inBackgroundSince(Instant cutoff) {
        return list("updatedAt < :cutoff and status in :working", Sort.ascending("updatedAt"),
                Parameters.with("cutoff", cutoff).and("working",
                        List.of(RosterImport.Status.PENDING, RosterImport.Status.VALIDATING,
                                RosterImport.Status.APPLYING)));
    }

    /** Imports in any organisation, created before the cutoff, that still have staged rows: for the purge. */
    List<RosterImport> unappliedCreatedBefore(Instant cutoff) {
        return list("createdAt < :cutoff and status not in :done", Sort.ascending("createdAt"),
                Parameters.with("cutoff", cutoff).and("done",
                        List.of(RosterImport.Status.APPLIED, RosterImport.Status.EXPIRED,
                                RosterImport.Status.APPLYING)));
    }
}
