package org.tradekit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.i18n.Messages;
import org.tradekit.label.record.LotHistory;
import org.tradekit.label.record.PrintRunText;
import org.tradekit.trace.event.EventBody;
import org.tradekit.trace.event.EventTimes;
import org.tradekit.trace.event.TimelineEntry;
import org.tradekit.trace.lot.LotRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit trace history LOT [--product SKU]}: the lot's events and print runs in time order,
 * one a line, tab-separated: time, what, quantity, details (a print run's serials, layout, stock,
 * destination and who).
 */
@Command(name = "history", mixinStandardHelpOptions = true)
final class TraceHistoryCommand implements Callable<Integer> {
    @ParentCommand
    TraceCommand trace;

    @Spec
    CommandSpec spec;

    @Mixin
    LotArgument lot;

    @Override
    public Integer call() {
        RootCommand root = trace.root;
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintRunText runs = new PrintRunText(m);
        try (AppContext app = root.open()) {
            String lotId = lot.id(app);
            LotRow row = app.lots().row(lotId).orElseThrow();
            out.println(m.get("cli.trace.history.head", row.code(), row.sku() == null ? "" : row.sku(),
                    row.productNameVi() == null ? "" : row.productNameVi()));
            for (LotHistory.Item i : LotHistory.merge(app.events().history(lotId), app.printRuns().runsOf(lotId))) {
                if (i.isPrintRun()) {
                    out.println(String.join("\t", EventTimes.format(i.time()), runs.kind(), runs.count(i.printRun()),
                            runs.details(i.printRun())));
                } else {
                    out.println(String.join("\t", EventTimes.format(i.time()), kind(i.event(), m), quantity(i.event(), m),
                            i.event().retracted() ? m.get("trace.ui.timeline.retracted") : ""));
                }
            }
            out.flush();
            return 0;
        }
    }

    private static String kind(TimelineEntry e, Messages m) {
        EventBody b = e.event().body();
        return m.get("trace.event.kind." + b.kind());
    }

    private static String quantity(TimelineEntry e, Messages m) {
        String key = "trace.ui.role." + e.role();
        String role = m.has(key) ? m.get(key) : e.role();
        return e.quantity().signum() == 0 ? role : role + " " + e.quantity().abs().toPlainString() + " " + e.unit();
    }
}
