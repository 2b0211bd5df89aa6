package org.pswcp.kit.idempotency;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/** The remembered keys and their first responses, in {@code kit.idempotency_key}. */
@ApplicationScoped
class IdempotencyStore {

    record Stored(String fingerprint, Integer status, String body, String contentType, String location) {
    }

    private final EntityManager em;
    private final IdempotencyConfig config;

    IdempotencyStore(EntityManager em, IdempotencyConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Claims the key for this request. If another transaction holds it uncommitted, PostgreSQL makes this wait for it
     * to finish, so two concurrent retries cannot both create.
     *
     * @return true if the key is new and this request goes ahead
     */
    boolean claim(String scope, String key, String fingerprint) {
        int inserted = em.createNativeQuery("""
                insert into kit.idempotency_key (scope, idempotency_key, fingerprint, created_at)
                values (:scope, :key, :fingerprint, :now)
                on conflict (scope, idempotency_key) do nothing""")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .setParameter("now", Instant.now())
                .executeUpdate();
        return inserted == 1;
    }

    Optional<Stored> find(String scope, String key) {
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery("""
                select fingerprint, status, body, content_type, location from kit.idempotency_key
                where scope = :scope and idempotency_key = :key""")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Stored((String) r[0], (Integer) r[1], (String) r[2],
                (String) r[3], (String) r[4]));
    }

    void complete(String scope, String key, int status, String body, String contentType, String location) {
        em.createNativeQuery("""
                update kit.idempotency_key set status = :status, body = :body, content_type = :contentType,
                location = :location where scope = :scope and idempotency_key = :key""")
                .setParameter("status", status)
                .setParameter("body", body)
                .setParameter("contentType", contentType)
                .setParameter("location", location)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpired() {
        em.createNativeQuery("delete from kit.idempotency_key where created_at < :cutoff")
                .setParameter("cutoff", Instant.now().minus(config.retention()))
                .executeUpdate();
    }
}
