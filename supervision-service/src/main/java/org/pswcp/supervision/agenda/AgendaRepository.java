package org.pswcp.supervision.agenda;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.kit.security.OrganisationScopedRepository;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AgendaRepository extends OrganisationScopedRepository<AgendaItem> {

    @Override
    protected String resourceName() {
        return "agenda item";
    }

    public List<AgendaItem> openItemsOf(String workerId) {
        return findVisible("workerId = :workerId and closedAt is null", Map.of("workerId", workerId),
                Sort.ascending("openedAt")).list();
    }
}
