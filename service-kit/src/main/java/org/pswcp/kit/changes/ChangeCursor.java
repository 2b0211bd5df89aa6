package org.pswcp.kit.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.pswcp.kit.problem.InvalidInputException;

/**
 * A position in the change feed: the feed position of the last event a client has read. Opaque to clients, who pass
 * back what they were given.
 */
record ChangeCursor(long position) {

    private static final String PREFIX = "c1:";

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor a client sent back; a cursor the feed did not make is a 400 naming the parameter.
     *
     * @return null when there is none: the client starts from the oldest event kept
     */
    static ChangeCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            long position = text.startsWith(PREFIX) ? Long.parseLong(text.substring(PREFIX.length())) : -1;
            if (position < 0) {
                throw new IllegalArgumentException();
            }
            return new ChangeCursor(position);
        } catch (RuntimeException e) {
            throw new InvalidInputException("after", "is not a cursor this feed returned");
        }
    }
}
