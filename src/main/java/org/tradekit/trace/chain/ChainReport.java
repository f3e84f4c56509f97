package org.tradekit.trace.chain;

import java.util.List;

/** What {@link ChainVerifier} found: how many events and device chains it checked, and every break. */
public record ChainReport(long events, int chains, List<ChainBreak> breaks) {
    public ChainReport {
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }
}
