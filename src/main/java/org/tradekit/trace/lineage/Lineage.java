package org.tradekit.trace.lineage;

import java.util.List;

/** One lot's whole story: where it came from, what was made from it, and where that went. */
public record Lineage(LotNode lot, LotGraph upstream, LotGraph downstream, List<Delivery> deliveries) {
    public Lineage {
        deliveries = List.copyOf(deliveries);
    }
}
