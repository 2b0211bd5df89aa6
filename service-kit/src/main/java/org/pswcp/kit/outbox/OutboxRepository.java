package org.pswcp.kit.outbox;

import static org.pswcp.kit.time.SqlTimes.instant;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The outbox table and the relay's claims on it. Each relay step is its own short transaction. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /** A claimed event, detached from the persistence context so it can be sent outside any transaction. */
    record Claimed(UUID id, String topic, String key, String type, String source, String subject,
            String organisation, String correlationId, String dataref, String payload, Instant createdAt,
            String traceParent, String traceState) {
    }

    /** The backlog: how many events wait, and since when the oldest. */
    record Backlog(long count, Instant oldestCreatedAt) {
    }

    /**
     * Claims the next batch for one relay. Relays take turns (an advisory lock, and no claim while another relay's
     * lease is live) so that the events of one key leave in the order they were written; {@code SKIP LOCKED} keeps a
     * relay from waiting on rows another transaction holds.
     */
    @Transactional(TxType.REQUIRES_NEW)
    List<Claimed> claim(String relay, int batchSize, Duration lease) {
        Boolean turn = (Boolean) getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtext('pswcp.outbox.relay'))")
                .getSingleResult();
        if (!Boolean.TRUE.equals(turn)) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                update kit.outbox_event set claimed_by = :relay, claimed_until = now() + make_interval(secs => :lease)
                where id in (
                    select id from kit.outbox_event
                    where published_at is null and next_attempt_at <= now()
                      and (claimed_until is null or claimed_until < now() or claimed_by = :relay)
                      and not exists (select 1 from kit.outbox_event other
                                      where other.published_at is null and other.claimed_by <> :relay
                                        and other.claimed_until >= now())
                    order by id
                    limit :batch
                    for update skip locked)
                returning id, topic, event_key, type, source, subject, organisation, correlation_id, dataref,
                          payload, created_at, trace_parent, trace_state""")
                .setParameter("relay", relay)
                .setParameter("lease", (double) lease.toMillis() / 1000)
                .setParameter("batch", batchSize)
                .getResultList();
        return rows.stream()
                .map(r -> new Claimed((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], instant(r[10]),
                        (String) r[11], (String) r[12]))
                .sorted(java.util.Comparator.comparing(Claimed::id))
                .toList();
    }

    /**
     * Marks events the broker acknowledged, and gives each its position in the change feed, in the order they were
     * claimed. The positions are taken under a lock held until this transaction commits, so transactions that mark
     * events (of this relay or another replica's) commit in the order of their positions: once a reader sees a
     * position, every smaller one is committed or will never be, and a feed read past it misses nothing.
     *
     * @return how many events were marked
     */
    @Transactional(TxType.REQUIRES_NEW)
    int published(String relay, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('pswcp.outbox.feed'))")
                .getSingleResult();
        return getEntityManager().createNativeQuery("""
                update kit.outbox_event e set published_at = now(), claimed_by = null, claimed_until = null,
                    last_error = null, attempts = e.attempts + 1, feed_position = p.position
                from (select id, nextval('kit.outbox_feed_position') as position
                      from (select id from kit.outbox_event where id in (:ids) and claimed_by = :relay
                            order by id) claimed) p
                where e.id = p.id and e.claimed_by = :relay""")
                .setParameter("ids", ids)
                .setParameter("relay", relay)
                .executeUpdate();
    }

    /**
     * Deletes published events older than the retention, and raises each organisation's feed horizon to the last
     * position deleted, so that a client whose cursor is older learns it has missed events rather than skip them.
     *
     * @return how many events were deleted
     */
    @Transactional(TxType.REQUIRES_NEW)
    int purge(Duration retention) {
        return ((Number) getEntityManager().createNativeQuery("""
                with gone as (
                    delete from kit.outbox_event where published_at < now() - make_interval(secs => :retention)
                    returning organisation, feed_position),
                horizon as (
                    insert into kit.outbox_feed_horizon (organisation, purged_through)
                    select coalesce(organisation, ''), max(feed_position) from gone
                    where feed_position is not null group by coalesce(organisation, '')
                    on conflict (organisation) do update
                    set purged_through = greatest(kit.outbox_feed_horizon.purged_through, excluded.purged_through))
                select count(*) from gone""")
                .setParameter("retention", (double) retention.toSeconds())
                .getSingleResult()).intValue();
    }

    /** Releases events the broker did not take, to be tried again after the pause. */
    @Transactional(TxType.REQUIRES_NEW)
    void failed(String relay, Collection<UUID> ids, String error, Duration pause) {
        if (ids.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                update kit.outbox_event set claimed_by = null, claimed_until = null, attempts = attempts + 1,
                    last_error = :error, next_attempt_at = now() + make_interval(secs => :pause)
                where id in (:ids) and claimed_by = :relay""")
                .setParameter("ids", ids)
                .setParameter("relay", relay)
                .setParameter("error", error)
                .setParameter("pause", (double) pause.toMillis() / 1000)
                .executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    Backlog backlog() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery(
                "select count(*), min(created_at) from kit.outbox_event where published_at is null")
                .getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), row[1] == null ? null : instant(row[1]));
    }
}
