package org.tradekit.label.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.tradekit.label.record.PrintRun;
import org.tradekit.label.record.PrintRunDraft;
import org.tradekit.label.record.PrintRuns;
import org.tradekit.label.record.SerialRange;
import org.tradekit.label.run.LabelRunService;
import org.tradekit.work.Work;

/**
 * A run from the screen's choice to its records, the same way for a saved PDF and for a printer:
 * plan each lot's serials, write the PDF, send it (to a printer, or nowhere), and only then record
 * the run against its lots (one record each, in one transaction), so a refused, failed or
 * cancelled run records nothing (decision 0018). Runs off the FX thread.
 */
final class RecordedRun {
    /** Where the PDF goes once written; nowhere for Save as PDF. */
    @FunctionalInterface
    interface Send {
        void to(Path pdf, Work work);
    }

    record Done(LabelRunService.Result result, List<PrintRun> runs) {
        /** The run's serials as "K7QD-1 – K7QD-30" (several lots': each lot's, comma-separated), or null for none. */
        String serials() {
            String all = runs.stream().map(PrintRun::serials).filter(Objects::nonNull).map(SerialRange::toString)
                    .collect(Collectors.joining(", "));
            return all.isEmpty() ? null : all;
        }
    }

    private final LabelRunService runs;
    private final PrintRuns printRuns;

    RecordedRun(LabelRunService runs, PrintRuns printRuns) {
        this.runs = runs;
        this.printRuns = printRuns;
    }

    Done run(RunChoice choice, Path pdf, String destination, Send send, Work work) {
        List<SerialRange> ranges = planned(choice);
        var series = runs.series(choice.requests(ranges), choice.design(), choice.lotCodes());
        LabelRunService.Result r = runs.print(series, choice.stock(), choice.startAt(), choice.design(), pdf, work);
        send.to(r.file(), work);
        List<PrintRunDraft> drafts = new ArrayList<>();
        for (int i = 0; i < choice.lines().size(); i++) {
            RunChoice.Line l = choice.lines().get(i);
            drafts.add(new PrintRunDraft(l.lotId(), choice.layout().id(), choice.stock().name(), l.count(), choice.copies(),
                    ranges.get(i), choice.lang(), destination));
        }
        return new Done(r, printRuns.record(drafts));
    }

    /** The serials each lot of a run would print next, for its preview (a plan: nothing is written); null without serials. */
    List<SerialRange> planned(RunChoice choice) {
        List<SerialRange> out = new ArrayList<>();
        for (RunChoice.Line l : choice.lines()) {
            out.add(choice.serials() && l.count() >= 1 ? printRuns.reserve(l.lotId(), l.count()) : null);
        }
        return out;
    }
}
