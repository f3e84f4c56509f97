package org.tradekit.store;

import java.security.SecureRandom;
import java.util.UUID;

/** UUID version 7 (RFC 9562): time-ordered ids made on the device, so rows sort by creation and never collide across devices. */
public final class Uuid7 {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Uuid7() {
    }

    public static String next() {
        return next(System.currentTimeMillis()).toString();
    }

    static UUID next(long epochMillis) {
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (epochMillis << 16) | 0x7000L | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
