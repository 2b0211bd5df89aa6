package org.pswcp.kit.page;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import org.pswcp.kit.problem.InvalidInputException;

/**
 * A position in a list ordered by time then id (newest first or oldest first): what a cursor encodes. Microsecond
 * precision, as PostgreSQL stores timestamps.
 */
public record KeysetCursor(Instant at, UUID id) {

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor a client sent back; a cursor we did not make is a 400 naming the parameter. */
    public static KeysetCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 2);
            return new KeysetCursor(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS),
                    UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "is not a cursor this list returned");
        }
    }
}
