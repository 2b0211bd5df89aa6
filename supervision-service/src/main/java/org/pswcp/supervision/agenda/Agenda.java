package org.pswcp.supervision.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;

/**
 * What sessions do to agendas: a session closes the items it discussed, and an action it agrees opens an item on the
 * agenda of each supervisee concerned until the action is done or discussed.
 */
@ApplicationScoped
public class Agenda {

    private final AgendaRepository items;

    Agenda(AgendaRepository items) {
        this.items = items;
    }

    /** Those of {@code ids} that are not open items on these workers' agendas, in the caller's organisation. */
    public List<UUID> notOpen(List<UUID> ids, Collection<String> workerIds) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<UUID> open = items.openItemsAmong(ids, workerIds).stream().map(AgendaItem::id)
                .collect(Collectors.toSet());
        return ids.stream().filter(id -> !open.contains(id)).toList();
    }

    /** Closes the items a session discussed; call {@link #notOpen} first. */
    public void closeDiscussed(List<UUID> ids, Collection<String> workerIds, UUID sessionId, Instant now) {
        if (!ids.isEmpty()) {
            items.openItemsAmong(ids, workerIds).forEach(item -> item.close(sessionId, now));
        }
    }

    /** Puts an agreed action on a worker's agenda. */
    public void openForAction(String organisation, String workerId, UUID actionId, String resourceRef, LocalDate dueOn,
            Instant now) {
        items.persist(new AgendaItem(organisation, workerId, AgendaItemKind.ACTION_DUE,
                "action/" + actionId + "/" + workerId, resourceRef, dueOn, now));
    }

    /** The open items on the agendas of these workers, in the caller's organisation, in one query. */
    public List<AgendaItem> openItemsOf(Collection<String> workerIds) {
        return items.openItemsOfAll(workerIds);
    }

    /** How many items the worker's agenda has had, open or closed, in the caller's organisation. */
    public long countOf(String workerId) {
        return items.findVisible("workerId = :worker", Map.of("worker", workerId), Sort.empty()).count();
    }

    /**
     * Deletes every item the worker's agenda has had in the caller's organisation, when their records are destroyed;
     * how many there were.
     */
    public int forget(String workerId) {
        List<UUID> ids = items.findVisible("workerId = :worker", Map.of("worker", workerId), Sort.empty()).stream()
                .map(AgendaItem::id).toList();
        return ids.isEmpty() ? 0 : (int) items.delete("id in ?1", ids);
    }

    /** These sessions are being destroyed: the items they closed stay closed, without a link to them. */
    public void forgetSessions(Collection<UUID> sessionIds) {
        if (!sessionIds.isEmpty()) {
            items.update("closedBySession = null where closedBySession in ?1", sessionIds);
        }
    }

    /** The action is done: its items leave the agendas. */
    public void closeAbout(String resourceRef, Instant now) {
        items.closeAbout(resourceRef, now);
    }
}
