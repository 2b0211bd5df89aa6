package org.pswcp.kit.destruction;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The workers whose records this service destroyed, per organisation, and when the decision was recorded, so that an
 * event about them that arrives again (a consumer's copies rebuilt from the topic, a dead letter replayed: Kafka keeps
 * events for up to 14 days after a destruction) never brings their records back. {@link KitRecords#forget} remembers
 * them; consumers ask here before they apply an event, by the event's time: an event written after the decision is
 * about a new record (the same worker id on the roster again, say), and is applied as usual.
 */
@ApplicationScoped
public class DestroyedWorkers {

    private final EntityManager em;

    DestroyedWorkers(EntityManager em) {
        this.em = em;
    }

    /**
     * Whether the worker's records in the organisation were destroyed after the event was written, so that what the
     * event says about them no longer exists and must not be stored again. An event without a time counts as written
     * before any destruction.
     */
    @Transactional(TxType.MANDATORY)
    public boolean destroyedSince(String organisation, String workerId, Instant eventTime) {
        return !em.createNativeQuery("select 1 from kit.destroyed_worker where organisation = :organisation"
                + " and worker_id = :worker and destroyed_at >= :time")
                .setParameter("organisation", organisation).setParameter("worker", workerId)
                .setParameter("time", eventTime == null ? Instant.EPOCH : eventTime)
                .getResultList().isEmpty();
    }

    /**
     * How a kept record of someone else, made from an event, names the worker: their id, or {@link Destroyed#MARKER} if
     * their records were destroyed after the event was written (a colleague's agreement under a supervisor since
     * destroyed, say).
     */
    @Transactional(TxType.MANDATORY)
    public String named(String organisation, String workerId, Instant eventTime) {
        return destroyedSince(organisation, workerId, eventTime) ? Destroyed.MARKER : workerId;
    }

    @Transactional(TxType.MANDATORY)
    void remember(String organisation, String workerId, Instant destroyedAt) {
        em.createNativeQuery("insert into kit.destroyed_worker (organisation, worker_id, destroyed_at)"
                + " values (:organisation, :worker, :at) on conflict (organisation, worker_id)"
                + " do update set destroyed_at = greatest(kit.destroyed_worker.destroyed_at, excluded.destroyed_at)")
                .setParameter("organisation", organisation).setParameter("worker", workerId)
                .setParameter("at", destroyedAt).executeUpdate();
    }
}
