package org.pswcp.supervision.agenda;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
                Sort.ascending("openedAt", "id")).list();
    }

    /** The open items on the agendas of these workers, in one query: by worker, oldest first. */
    public List<AgendaItem> openItemsOfAll(Collection<String> workerIds) {
        if (workerIds.isEmpty()) {
            return List.of();
        }
        return findVisible("workerId in :workerIds and closedAt is null", Map.of("workerIds", workerIds),
                Sort.ascending("workerId", "openedAt", "id")).list();
    }

    /** Every item the worker's agenda has had, open or closed, oldest first. */
    public List<AgendaItem> itemsOf(String workerId) {
        return findVisible("workerId = :workerId", Map.of("workerId", workerId), Sort.ascending("openedAt", "id"))
                .list();
    }

    /** The open items among {@code ids} on the agendas of these workers. */
    public List<AgendaItem> openItemsAmong(Collection<UUID> ids, Collection<String> workerIds) {
        return findVisible("id in :ids and workerId in :workers and closedAt is null",
                Map.of("ids", ids, "workers", workerIds), Sort.ascending("id")).list();
    }

    /** Whether an event (by its id) opened an item already, in any organisation: a rebuild replays events. */
    public boolean openedBy(String sourceEventId) {
        return count("sourceEventId", sourceEventId) > 0;
    }

    /** Closes the open items about a resource, such as an action now done. */
    public void closeAbout(String resourceRef, Instant now) {
        findVisible("resourceRef = :ref and closedAt is null", Map.of("ref", resourceRef), Sort.empty()).list()
                .forEach(item -> item.close(null, now));
    }
}
