package org.pswcp.supervision.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pswcp.supervision.SupervisionConfig;

import io.quarkus.runtime.Startup;

/**
 * Seals and opens confidential supervision content with AES-256-GCM. Each ciphertext names the key that sealed it, and
 * is bound to where it belongs (its context, such as {@code session/<id>/notes}): moved to another row or field, it no
 * longer opens. Two formats, told apart by their first byte:
 * <ul>
 * <li>{@code 1}, sealed with the service's master key: key id length, key id, 12-byte nonce, ciphertext with its
 * 16-byte tag. Content about no one worker (a group's shared notes), and each worker's data key ({@link WorkerKeys});
 * <li>{@code 2}, sealed with one worker's data key: the key's 16-byte id, 12-byte nonce, ciphertext with its tag. What
 * is about one worker; the master key alone never opens it, so deleting the worker's data key makes every copy of it
 * unreadable.
 * </ul>
 */
@ApplicationScoped
@Startup // a key that is missing or malformed stops the service at start, not at the first confidential read
public class ConfidentialCipher {

    private static final byte FORMAT = 1;
    private static final byte WORKER_KEY_FORMAT = 2;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String currentKeyId;
    private final Map<String, SecretKey> keys = new HashMap<>();

    @Inject
    ConfidentialCipher(SupervisionConfig config) {
        this(config.confidential().keyId(), config.confidential().key(),
                previousKeys(config.confidential().previousKeys().orElse(List.of())));
    }

    /** {@code <key-id>:<base64>} entries by key id. */
    private static Map<String, String> previousKeys(List<String> entries) {
        Map<String, String> keys = new HashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("supervision.confidential.previous-keys: each entry is"
                        + " <key-id>:<base64 key>; one is not");
            }
            keys.put(entry.substring(0, colon).trim(), entry.substring(colon + 1));
        }
        return keys;
    }

    private ConfidentialCipher(String currentKeyId, String currentKey, Map<String, String> previousKeys) {
        this.currentKeyId = currentKeyId;
        previousKeys.forEach((id, key) -> keys.put(id, aesKey(id, key)));
        keys.put(currentKeyId, aesKey(currentKeyId, currentKey));
        if (currentKeyId.isEmpty() || currentKeyId.length() > 32) {
            throw new IllegalStateException("supervision.confidential.key-id must have 1 to 32 characters");
        }
    }

    /** A cipher with one key (base64), outside the service: for tools and tests. */
    public static ConfidentialCipher withKey(String keyId, String key) {
        return new ConfidentialCipher(keyId, key, Map.of());
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The confidential-content key " + id + " is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("The confidential-content key " + id + " must be 32 bytes (AES-256), not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The ciphertext of {@code text} for {@code context}; null stays null. */
    public byte[] seal(String text, String context) {
        if (text == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] keyId = currentKeyId.getBytes(StandardCharsets.US_ASCII);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(2 + keyId.length + NONCE_BYTES + sealed.length)
                    .put(FORMAT).put((byte) keyId.length).put(keyId).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt confidential content", e);
        }
    }

    /** The id of the key that seals new content. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /**
     * The ciphertext sealed again under the current key, or the same one when the current key sealed it: what the
     * re-encryption after a key rotation does to each piece of content. The tally counts it either way.
     */
    byte[] reseal(byte[] ciphertext, String context, ReEncryption.Tally tally) {
        if (ciphertext == null) {
            return null;
        }
        if (sealedWithWorkerKey(ciphertext)) {
            throw new IllegalStateException("Content sealed with a worker's data key stays under it");
        }
        String keyId = keyIdOf(ciphertext);
        if (keyId.equals(currentKeyId)) {
            tally.current();
            return ciphertext;
        }
        byte[] resealed = seal(open(ciphertext, context), context);
        tally.resealed(keyId);
        return resealed;
    }

    /** The id of the master key that sealed a ciphertext of format 1. */
    static String keyIdOf(byte[] ciphertext) {
        return new String(ciphertext, 2, ciphertext[1], StandardCharsets.US_ASCII);
    }

    /** Whether one worker's data key sealed it (format 2), rather than the master key. */
    public static boolean sealedWithWorkerKey(byte[] ciphertext) {
        return ciphertext != null && ciphertext.length > 0 && ciphertext[0] == WORKER_KEY_FORMAT;
    }

    /** The id of the worker's data key that sealed a ciphertext of format 2. */
    public static UUID workerKeyIdOf(byte[] ciphertext) {
        ByteBuffer buffer = ByteBuffer.wrap(ciphertext, 1, 16);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /** Seals {@code text} for {@code context} with a worker's data key, naming the key (format 2). */
    static byte[] sealWithWorkerKey(SecretKey key, UUID keyId, String text, String context, SecureRandom random) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + 16 + NONCE_BYTES + sealed.length).put(WORKER_KEY_FORMAT)
                    .putLong(keyId.getMostSignificantBits()).putLong(keyId.getLeastSignificantBits()).put(nonce)
                    .put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt confidential content", e);
        }
    }

    /** Opens a ciphertext of format 2 with the worker's data key that sealed it. */
    static String openWithWorkerKey(SecretKey key, byte[] ciphertext, String context) {
        byte[] nonce = Arrays.copyOfRange(ciphertext, 17, 17 + NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(ciphertext, 17 + NONCE_BYTES, ciphertext.length);
        return decrypt(key, nonce, sealed, context);
    }

    private static String decrypt(SecretKey key, byte[] nonce, byte[] sealed, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Confidential content for " + context + " does not open", e);
        }
    }

    /** The text sealed for {@code context}; fails, saying nothing of the content, if it was sealed for another. */
    public String open(byte[] ciphertext, String context) {
        if (ciphertext == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(ciphertext);
        byte format = buffer.get();
        if (format == WORKER_KEY_FORMAT) {
            throw new IllegalStateException("Confidential content for " + context + " was sealed with a worker's data"
                    + " key, which the master key does not open");
        }
        if (format != FORMAT) {
            throw new IllegalStateException("Confidential content in an unknown format, for " + context);
        }
        byte[] keyId = new byte[buffer.get()];
        buffer.get(keyId);
        SecretKey key = keys.get(new String(keyId, StandardCharsets.US_ASCII));
        if (key == null) {
            throw new IllegalStateException("Confidential content for " + context + " was sealed with key "
                    + new String(keyId, StandardCharsets.US_ASCII) + ", which this service is not given");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return decrypt(key, nonce, sealed, context);
    }
}
