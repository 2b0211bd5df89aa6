package org.pswcp.supervision.roster;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

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

    public List<Worker> listVisible() {
        return findVisible(null, Map.of(), Sort.ascending("team", "workerId")).list();
    }
}
