package org.pswcp.kit.id;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * RFC 9562 version 7 UUIDs: time-ordered, so rows written later sort later (the outbox relays in this order) and
 * indexes stay compact. Ids made in the same millisecond by this JVM still increase.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static long sequence;

    private TimeOrderedIds() {
    }

    public static synchronized UUID next() {
        long now = System.currentTimeMillis();
        if (now > lastMillis) {
            lastMillis = now;
            sequence = RANDOM.nextInt(1 << 11); // leave room to count up within the millisecond
        } else {
            sequence++;
            if (sequence >= (1 << 12)) { // 4096 ids in one millisecond: borrow the next one
                lastMillis++;
                sequence = 0;
            }
        }
        long msb = (lastMillis << 16) | (0x7L << 12) | sequence;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
