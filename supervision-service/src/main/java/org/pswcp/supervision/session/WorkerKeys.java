package org.pswcp.supervision.session;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.pswcp.kit.id.TimeOrderedIds;

/**
 * Per-worker data keys (crypto-shredding): what is about one worker is sealed with their own AES-256 key, made on first
 * use and stored wrapped under the master key ({@link ConfidentialCipher}). Deleting a worker's key makes every copy of
 * what it sealed unreadable, in this database and in any backup or dump of the content, even to whoever holds the
 * master key. A master-key rotation re-wraps the keys; the keys themselves never change.
 */
@ApplicationScoped
public class WorkerKeys {

    static final int BATCH = 100;

    /** A worker's data key, ready to use, and its id, which every ciphertext it seals names. */
    record DataKey(UUID id, SecretKey key) {
    }

    private final EntityManager em;
    private final ConfidentialCipher master;
    private final SecureRandom random = new SecureRandom();

    WorkerKeys(EntityManager em, ConfidentialCipher master) {
        this.em = em;
        this.master = master;
    }

    /** The worker's key, made now if they have none; two transactions making it at once end with the same one. */
    DataKey of(String organisation, String workerId) {
        Optional<WorkerDataKey> existing = find(organisation, workerId);
        if (existing.isPresent()) {
            return unwrap(existing.get());
        }
        UUID id = TimeOrderedIds.next();
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        byte[] wrapped = master.seal(Base64.getEncoder().encodeToString(raw),
                WorkerDataKey.context(id, organisation, workerId));
        em.createNativeQuery(
                """
                        insert into worker_data_key (id, organisation, worker_id, wrapped_key, created_at)
                        values (:id, :organisation, :worker, :wrapped, :now) on conflict (organisation, worker_id) do nothing""")
                .setParameter("id", id).setParameter("organisation", organisation).setParameter("worker", workerId)
                .setParameter("wrapped", wrapped).setParameter("now", Instant.now())
                .executeUpdate();
        return unwrap(find(organisation, workerId).orElseThrow());
    }

    /** The key with this id, unless it was destroyed. */
    Optional<SecretKey> byId(UUID id) {
        return Optional.ofNullable(em.find(WorkerDataKey.class, id)).map(k -> unwrap(k).key());
    }

    /** Seals text about the worker with their key. */
    byte[] seal(String organisation, String workerId, String text, String context) {
        if (text == null) {
            return null;
        }
        DataKey key = of(organisation, workerId);
        return ConfidentialCipher.sealWithWorkerKey(key.key(), key.id(), text, context, random);
    }

    /** Opens what a worker's key sealed; fails, naming no content, when the key was destroyed. */
    String open(byte[] ciphertext, String context) {
        UUID keyId = ConfidentialCipher.workerKeyIdOf(ciphertext);
        SecretKey key = byId(keyId).orElseThrow(() -> new IllegalStateException("Confidential content for " + context
                + " was sealed with a worker's data key that has been destroyed"));
        return ConfidentialCipher.openWithWorkerKey(key, ciphertext, context);
    }

    /**
     * Destroys the worker's key, and so everything it sealed, wherever a copy of it is. Says whether there was one.
     */
    public boolean destroy(String organisation, String workerId) {
        return em.createQuery("delete from WorkerDataKey where organisation = :organisation and workerId = :worker")
                .setParameter("organisation", organisation).setParameter("worker", workerId).executeUpdate() > 0;
    }

    /**
     * After a master-key rotation: one batch of keys after {@code after}, each wrapped again under the current master
     * key (counted either way); the id of the batch's last key, or null when there are no more.
     */
    UUID rewrap(UUID after, ReEncryption.Tally tally) {
        var query = after == null
                ? em.createQuery("from WorkerDataKey order by id", WorkerDataKey.class)
                : em.createQuery("from WorkerDataKey where id > :after order by id", WorkerDataKey.class)
                        .setParameter("after", after);
        List<WorkerDataKey> keys = query.setMaxResults(BATCH).getResultList();
        keys.forEach(k -> k.wrappedKey = master.reseal(k.wrappedKey, k.context(), tally));
        return keys.size() < BATCH ? null : keys.get(keys.size() - 1).id;
    }

    private Optional<WorkerDataKey> find(String organisation, String workerId) {
        return em.createQuery("from WorkerDataKey where organisation = :organisation and workerId = :worker",
                WorkerDataKey.class).setParameter("organisation", organisation).setParameter("worker", workerId)
                .getResultStream().findFirst();
    }

    private DataKey unwrap(WorkerDataKey stored) {
        byte[] raw = Base64.getDecoder().decode(master.open(stored.wrappedKey, stored.context()));
        return new DataKey(stored.id, new SecretKeySpec(raw, "AES"));
    }
}
