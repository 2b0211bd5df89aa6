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
 * After a key rotation: every piece of confidential content (shared notes; each supervisee's notes, wellbeing
 * reflections and comment; observation comments; content recorded before it was kept per supervisee), in every
 * organisation, sealed again under the current key, so that the previous keys can be retired. Sessions go in batches,
 * each in a transaction of its own; running it again finds nothing to do. Content is written once (when a session is
 * recorded, or confirmed), and only content that is there is sealed again, so a batch never overwrites a confirmation
 * that lands meanwhile.
 */
@ApplicationScoped
public class ReEncryption {

    static final int BATCH = 100;

    /** What a re-encryption found. */
    @Schema(name = "ReEncryptionReport", description = "What a re-encryption of confidential content found and did.")
    public record Report(
            @Schema(description = "The key everything is sealed with now.", example = "k2") String keyId,
            @Schema(description = "Pieces of confidential content examined.", example = "1250") int examined,
            @Schema(description = "Pieces sealed again under the current key.", example = "1200") int reEncrypted,
            @Schema(description = "Of those, how many each previous key had sealed.",
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
    private final ConfidentialCipher cipher;

    ReEncryption(EntityManager em, ConfidentialCipher cipher) {
        this.em = em;
        this.cipher = cipher;
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
        return tally.report(cipher.currentKeyId());
    }

    /** One batch after the session {@code after}: the id of its last session, or null when there are no more. */
    private UUID batch(UUID after, Tally tally) {
        var query = after == null
                ? em.createQuery("from Session order by id", Session.class)
                : em.createQuery("from Session where id > :after order by id", Session.class).setParameter("after",
                        after);
        List<Session> sessions = query.setMaxResults(BATCH).getResultList();
        sessions.forEach(s -> s.reseal(cipher, tally));
        return sessions.size() < BATCH ? null : sessions.get(sessions.size() - 1).id();
    }
}
