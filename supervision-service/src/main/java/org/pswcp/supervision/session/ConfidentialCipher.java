package org.pswcp.supervision.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * longer opens. Layout: format byte {@code 1}, key id length, key id, 12-byte nonce, ciphertext with its 16-byte tag.
 */
@ApplicationScoped
@Startup // a key that is missing or malformed stops the service at start, not at the first confidential read
public class ConfidentialCipher {

    private static final byte FORMAT = 1;
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
        String keyId = keyIdOf(ciphertext);
        if (keyId.equals(currentKeyId)) {
            tally.current();
            return ciphertext;
        }
        byte[] resealed = seal(open(ciphertext, context), context);
        tally.resealed(keyId);
        return resealed;
    }

    private static String keyIdOf(byte[] ciphertext) {
        return new String(ciphertext, 2, ciphertext[1], StandardCharsets.US_ASCII);
    }

    /** The text sealed for {@code context}; fails, saying nothing of the content, if it was sealed for another. */
    public String open(byte[] ciphertext, String context) {
        if (ciphertext == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(ciphertext);
        if (buffer.get() != FORMAT) {
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
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Confidential content for " + context + " does not open", e);
        }
    }
}
