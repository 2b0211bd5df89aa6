package org.pswcp.supervision.roster;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pswcp.kit.security.OrganisationScopedRepository;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class WorkerRepository extends OrganisationScopedRepository<Worker> {

    @Override
    protected String resourceName() {
        return "worker";
    }

    public Optional<Worker> findVisibleByWorkerId(String workerId) {
        return findVisible("workerId = :workerId", Map.of("workerId", workerId), Sort.empty()).firstResultOptional();
    }

    /**
     * The worker, locked until the transaction ends: changes that depend on what is already recorded for the worker
     * (such as a new supervision agreement) then happen one after the other.
     */
    public Optional<Worker> findVisibleByWorkerIdForUpdate(String workerId) {
        return findVisible("workerId = :workerId", Map.of("workerId", workerId), Sort.empty())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Worker> listVisible() {
        return findVisible(null, Map.of(), Sort.ascending("team", "workerId")).list();
    }
}
