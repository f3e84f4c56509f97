package org.tradekit.trace.ui;

import java.util.List;

import org.tradekit.label.record.LotHistory;
import org.tradekit.label.record.PrintRun;
import org.tradekit.trace.event.TimelineEntry;
import org.tradekit.trace.lineage.Lineage;
import org.tradekit.trace.lot.LotRow;

/** What the lineage screen shows of one lot: the lot, where it came from and went, its events and its print runs. */
public record LotStory(LotRow lot, Lineage lineage, List<TimelineEntry> history, List<PrintRun> printRuns) {
    public LotStory {
        history = List.copyOf(history);
        printRuns = List.copyOf(printRuns);
    }

    /** Events and print runs in one time order: the timeline. */
    public List<LotHistory.Item> timeline() {
        return LotHistory.merge(history, printRuns);
    }
}
