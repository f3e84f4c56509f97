package org.tradekit.label.ui;

import java.nio.file.Path;

import org.tradekit.label.record.PrintRun;
import org.tradekit.label.record.PrintRunDraft;
import org.tradekit.label.record.PrintRuns;
import org.tradekit.label.record.SerialRange;
import org.tradekit.label.run.LabelRunService;
import org.tradekit.work.Work;

/**
 * A run from the screen's choice to its record, the same way for a saved PDF and for a printer:
 * plan the serials, write the PDF, send it (to a printer, or nowhere), and only then record the run
 * against its lot, so a refused, failed or cancelled run records nothing (decision 0018).
 * Runs off the FX thread.
 */
final class RecordedRun {
    /** Where the PDF goes once written; nowhere for Save as PDF. */
    @FunctionalInterface
    interface Send {
        void to(Path pdf, Work work);
    }

    record Done(LabelRunService.Result result, PrintRun run) {
        /** The run's serials as "K7QD-1 – K7QD-30", or null for a run without. */
        String serials() {
            return run.serials() == null ? null : run.serials().toString();
        }
    }

    private final LabelRunService runs;
    private final PrintRuns printRuns;

    RecordedRun(LabelRunService runs, PrintRuns printRuns) {
        this.runs = runs;
        this.printRuns = printRuns;
    }

    Done run(RunChoice choice, Path pdf, String destination, Send send, Work work) {
        SerialRange range = choice.serials() && choice.count() >= 1 ? printRuns.reserve(choice.lotId(), choice.count()) : null;
        LabelRunService.Result r = runs.print(choice.request(range), choice.design(), pdf, work);
        send.to(r.file(), work);
        PrintRun run = printRuns.record(new PrintRunDraft(choice.lotId(), choice.layout().id(), choice.stock().name(), choice.count(),
                choice.copies(), range,
                choice.lang(), destination));
        return new Done(r, run);
    }

    /** The serials a run would print next, for its preview (a plan: nothing is written); null without serials. */
    SerialRange planned(RunChoice choice) {
        return choice.serials() && choice.count() >= 1 ? printRuns.reserve(choice.lotId(), choice.count()) : null;
    }
}
