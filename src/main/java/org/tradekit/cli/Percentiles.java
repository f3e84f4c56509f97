package org.tradekit.cli;

import java.util.Arrays;

/** Nearest-rank percentiles of nanosecond samples, in milliseconds. */
record Percentiles(double p50Ms, double p95Ms, double maxMs, double p99Ms) {
    static Percentiles of(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new Percentiles(rank(s, 50) / 1e6, rank(s, 95) / 1e6, s[s.length - 1] / 1e6, rank(s, 99) / 1e6);
    }

    private static long rank(long[] sorted, int pct) {
        int idx = (int) Math.ceil(pct / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }
}
