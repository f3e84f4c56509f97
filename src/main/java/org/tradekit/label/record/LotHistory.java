package org.tradekit.label.record;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tradekit.trace.event.TimelineEntry;

/** A lot's history as people read it: its events and its print runs in one time order. */
public final class LotHistory {
    private LotHistory() {
    }

    /** One line: an event or a print run (exactly one of the two is set). */
    public record Item(OffsetDateTime time, TimelineEntry event, PrintRun printRun) {
        public boolean isPrintRun() {
            return printRun != null;
        }
    }

    /** Events (already in their order) and print runs merged by time; an event comes first at the same instant. */
    public static List<Item> merge(List<TimelineEntry> events, List<PrintRun> runs) {
        List<Item> out = new ArrayList<>(events.size() + runs.size());
        events.forEach(e -> out.add(new Item(e.event().time(), e, null)));
        runs.forEach(r -> out.add(new Item(r.printedAt(), null, r)));
        out.sort(Comparator.comparing((Item i) -> i.time().toInstant())); // stable: events keep their order
        return out;
    }
}
