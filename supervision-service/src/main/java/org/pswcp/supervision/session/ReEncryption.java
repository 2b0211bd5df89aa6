package org.pswcp.supervision.session;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.kit.audit.Audited;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * After a key rotation, or to move content written before per-worker keys onto them: every piece of confidential
 * content, in every organisation, sealed again. What is about one worker (each supervisee's notes, wellbeing
 * reflections and comment; observation comments; a one-to-one session's content from before it was kept per supervisee)
 * goes onto that worker's data key ({@link WorkerKeys}); the rest (shared notes, a group's unattributed content) under
 * the current master key; then every worker's data key is wrapped again under the current master key, so that the
 * previous master keys can be retired. Sessions go in batches, each in a transaction of its own; running it again finds
 * nothing to do. Content is written once (when a session is recorded, or confirmed), and only content that is there is
 * sealed again, so a batch never overwrites a confirmation that lands meanwhile.
 */
@ApplicationScoped
public class ReEncryption {

    static final int BATCH = 100;

    /** What a re-encryption found. */
    @Schema(name = "ReEncryptionReport", description = "What a re-encryption of confidential content found and did.")
    public record Report(
            @Schema(description = "The master key that now seals what is about no one worker, and wraps every"
                    + " worker's data key.", example = "k2") String keyId,
            @Schema(description = "Pieces of confidential content, and workers' data keys, examined.",
                    example = "1250") int examined,
            @Schema(description = "Of those, how many were sealed again: content about one worker moved onto their"
                    + " data key, other content sealed under the current master key, data keys wrapped again under"
                    + " it.", example = "1200") int reEncrypted,
            @Schema(description = "Of those, how many each previous master key had sealed or wrapped.",
                    example = "{\"k1\": 1200}") Map<String, Integer> reEncryptedByKey) {
    }

    /** Counts, by the key that had sealed each piece. */
    static final class Tally {

        private int examined;
        private final Map<String, Integer> byKey = new TreeMap<>();

        void current() {
            examined++;
        }

        void resealed(String previousKeyId) {
            examined++;
            byKey.merge(previousKeyId, 1, Integer::sum);
        }

        Report report(String keyId) {
            return new Report(keyId, examined, byKey.values().stream().mapToInt(Integer::intValue).sum(),
                    Map.copyOf(byKey));
        }
    }

    private final EntityManager em;
    private final ConfidentialContent content;
    private final ConfidentialCipher master;
    private final WorkerKeys workerKeys;

    ReEncryption(EntityManager em, ConfidentialContent content, ConfidentialCipher master, WorkerKeys workerKeys) {
        this.em = em;
        this.content = content;
        this.master = master;
        this.workerKeys = workerKeys;
    }

    /** Seals every piece under the current key. Crosses organisations on purpose: the key is the service's. */
    @Audited(action = "confidential-content.re-encrypt", resourceType = "confidential-content")
    public Report run() {
        Tally tally = new Tally();
        UUID after = null;
        do {
            UUID from = after;
            after = QuarkusTransaction.requiringNew().call(() -> batch(from, tally));
        } while (after != null);
        do {
            after = workerKeys.rewrap(after, tally);
        } while (after != null);
        return tally.report(master.currentKeyId());
    }

    /** One batch after the session {@code after}: the id of its last session, or null when there are no more. */
    private UUID batch(UUID after, Tally tally) {
        var query = after == null
                ? em.createQuery("from Session order by id", Session.class)
                : em.createQuery("from Session where id > :after order by id", Session.class).setParameter("after",
                        after);
        List<Session> sessions = query.setMaxResults(BATCH).getResultList();
        sessions.forEach(s -> s.reseal(content, tally));
        return sessions.size() < BATCH ? null : sessions.get(sessions.size() - 1).id();
    }
}
