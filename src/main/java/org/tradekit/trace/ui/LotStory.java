package org.tradekit.trace.ui;

import java.util.List;

import org.tradekit.trace.event.TimelineEntry;
import org.tradekit.trace.lineage.Lineage;
import org.tradekit.trace.lot.LotRow;

/** What the lineage screen shows of one lot: the lot, where it came from and went, and its history. */
public record LotStory(LotRow lot, Lineage lineage, List<TimelineEntry> history) {
    public LotStory {
        history = List.copyOf(history);
    }
}
