package org.pswcp.kit.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.pswcp.kit.problem.InvalidInputException;

/**
 * Pages of a list that does not change while it is read (a published framework version, say): the cursor is an opaque
 * position in it.
 */
public final class OffsetPages {

    private OffsetPages() {
    }

    /**
     * The page of {@code all} that starts at the cursor (null for the first page), with {@code limit} items at most.
     */
    public static <T> Page<T> page(List<T> all, String cursor, int limit) {
        int from = cursor == null ? 0 : decode(cursor);
        if (from > all.size()) {
            throw new InvalidInputException("cursor", "is past the end of this list");
        }
        int to = Math.min(all.size(), from + limit);
        return new Page<>(all.subList(from, to), to < all.size() ? encode(to) : null);
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String value = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!value.startsWith("o:")) {
                throw new IllegalArgumentException(value);
            }
            int offset = Integer.parseInt(value.substring(2));
            if (offset < 0) {
                throw new IllegalArgumentException(value);
            }
            return offset;
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "is not a cursor this list returned");
        }
    }
}
