package org.tradekit.store;

import java.time.Clock;

/**
 * Hybrid logical clock (Kulkarni et al.): 48 bits of wall-clock milliseconds and 16 bits of
 * counter in one long. It never goes backwards, even when the wall clock does, and it is
 * persisted with every write so that it stays monotonic across restarts.
 */
public final class Hlc {
    private static final int COUNTER_BITS = 16;
    private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;

    private final Clock clock;
    private long last;

    public Hlc(Clock clock, long lastIssued) {
        this.clock = clock;
        this.last = lastIssued;
    }

    /** A new timestamp for a local event, greater than every one issued or received before. */
    public synchronized long now() {
        long wall = clock.millis();
        long lastWall = physical(last);
        if (wall > lastWall) {
            last = encode(wall, 0);
        } else {
            last = next(last);
        }
        return last;
    }

    /** Advances past a timestamp received from another device. */
    public synchronized long receive(long remote) {
        long wall = clock.millis();
        long max = Math.max(last, remote);
        if (wall > physical(max)) {
            last = encode(wall, 0);
        } else {
            last = next(max);
        }
        return last;
    }

    public synchronized long last() {
        return last;
    }

    public static long physical(long hlc) {
        return hlc >>> COUNTER_BITS;
    }

    public static int counter(long hlc) {
        return (int) (hlc & COUNTER_MASK);
    }

    public static long encode(long wallMillis, int counter) {
        return (wallMillis << COUNTER_BITS) | (counter & COUNTER_MASK);
    }

    private static long next(long hlc) {
        if (counter(hlc) == COUNTER_MASK) {
            return encode(physical(hlc) + 1, 0);
        }
        return hlc + 1;
    }
}
