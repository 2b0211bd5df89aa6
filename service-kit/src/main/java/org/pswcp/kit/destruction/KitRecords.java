package org.pswcp.kit.destruction;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * What the kit's tables hold about a worker whose records are destroyed, forgotten in the caller's transaction: the
 * outbox's copies of events and the stored answers of {@code Idempotency-Key} retries; and it remembers that they were
 * destroyed ({@link DestroyedWorkers}), so that their events, replayed from the topics, are not applied again. The
 * audit trail keeps its rows (it is append-only); the inbox holds event ids only.
 */
@ApplicationScoped
public class KitRecords {

    /** What was forgotten: counts only. */
    public record Forgotten(int eventsDeleted, int eventsAnonymised, int responsesDeleted) {
    }

    private final EntityManager em;
    private final DestroyedWorkers destroyed;

    KitRecords(EntityManager em, DestroyedWorkers destroyed) {
        this.em = em;
        this.destroyed = destroyed;
    }

    /**
     * In the organisation: deletes the outbox's events about the worker (keyed by them, sent or not: sending one now
     * would carry them to other services after their destruction), replaces their worker id with
     * {@link Destroyed#MARKER} in the events about others that name them (such as who signed off a colleague's
     * assessment), deletes the stored answers of requests by their accounts or that name them, and remembers the worker
     * as destroyed.
     *
     * @param accounts the account ids (token subjects) the worker used, as far as the service knows them
     * @param destroyedAt when the decision was recorded: an event about them written before it is never applied again
     */
    @Transactional(TxType.MANDATORY)
    public Forgotten forget(String organisation, String workerId, Collection<String> accounts, Instant destroyedAt) {
        String quoted = json(workerId);
        int deleted = em.createNativeQuery("delete from kit.outbox_event where organisation = :organisation"
                + " and event_key = :worker")
                .setParameter("organisation", organisation).setParameter("worker", workerId).executeUpdate();
        int anonymised = em.createNativeQuery("update kit.outbox_event set payload = replace(payload, :quoted,"
                + " :marker) where organisation = :organisation and strpos(payload, :quoted) > 0")
                .setParameter("quoted", quoted).setParameter("marker", json(Destroyed.MARKER))
                .setParameter("organisation", organisation).executeUpdate();
        List<String> scopes = accounts.stream().map(account -> organisation + "|" + account).toList();
        int responses = em.createNativeQuery("delete from kit.idempotency_key where scope in (:scopes)"
                + " or (starts_with(scope, :prefix) and strpos(body, :quoted) > 0)")
                .setParameter("scopes", scopes.isEmpty() ? List.of("") : scopes)
                .setParameter("prefix", organisation + "|").setParameter("quoted", quoted).executeUpdate();
        destroyed.remember(organisation, workerId, destroyedAt);
        return new Forgotten(deleted, anonymised, responses);
    }

    /** The id as a JSON string, as events and answers write it: matches the whole value, never a part of another. */
    private static String json(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
