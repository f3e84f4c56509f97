package org.tradekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.trace.exchange.EpcisExporter;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit trace export-epcis (--lot LOT [--product SKU] | --from DATE --to DATE) --out FILE}:
 * a lot's history or every event of a date range (both days included, Vietnam time) as EPCIS 2.0.
 */
@Command(name = "export-epcis", mixinStandardHelpOptions = true)
final class TraceExportEpcisCommand implements Callable<Integer> {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    @ParentCommand
    TraceCommand trace;

    @Spec
    CommandSpec spec;

    @Option(names = "--lot", paramLabel = "LOT", descriptionKey = "cli.opt.exportLot")
    String lot;

    @Option(names = "--product", paramLabel = "SKU", descriptionKey = "cli.opt.lotProduct")
    String sku;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.opt.exportFrom")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.opt.exportTo")
    LocalDate to;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.opt.epcisOut")
    Path out;

    @Override
    public Integer call() {
        RootCommand root = trace.root;
        if ((lot == null) == (from == null || to == null) || (lot != null && (from != null || to != null))) {
            throw new UserError(Cli.BAD_INPUT, "cli.trace.export.choose");
        }
        if (from != null && to.isBefore(from)) {
            throw new UserError(Cli.BAD_INPUT, "cli.trace.export.range", from, to);
        }
        PrintWriter pw = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
        Work work = new Work(progress, CancelToken.NEVER);
        try (AppContext app = root.open()) {
            EpcisExporter.Result r = lot != null
                    ? app.epcisExporter().exportLot(CliLots.lotId(app, lot, sku), out, work)
                    : app.epcisExporter().exportRange(from.atStartOfDay().toInstant(VIETNAM),
                            to.plusDays(1).atStartOfDay().toInstant(VIETNAM), out, work);
            progress.done();
            pw.println(root.messages().get("cli.trace.export.done", r.events(), r.file()));
            pw.flush();
            return 0;
        }
    }
}
