package org.tradekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.tradekit.app.AppContext;
import org.tradekit.i18n.Messages;
import org.tradekit.label.record.PrintRunText;
import org.tradekit.trace.event.EventTimes;
import org.tradekit.trace.event.ExternalEntry;
import org.tradekit.trace.lineage.Delivery;
import org.tradekit.trace.lineage.LotNode;
import org.tradekit.trace.recall.Recall;
import org.tradekit.trace.recall.PrintedLabels;
import org.tradekit.trace.recall.RecallCsv;
import org.tradekit.trace.recall.Recipient;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit trace recall LOT [--product SKU] [--csv FILE]}: everyone who received anything
 * made from the lot, every delivery, and what is still in stock. Lines are tab-separated.
 */
@Command(name = "recall", mixinStandardHelpOptions = true)
final class TraceRecallCommand implements Callable<Integer> {
    @ParentCommand
    TraceCommand trace;

    @Spec
    CommandSpec spec;

    @Mixin
    LotArgument lot;

    @Option(names = "--csv", paramLabel = "FILE", descriptionKey = "cli.opt.recallCsv")
    Path csv;

    @Override
    public Integer call() throws IOException {
        RootCommand root = trace.root;
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext app = root.open()) {
            Recall recall = app.recalls().recall(lot.id(app));
            LotNode l = recall.lot();
            out.println(m.get("cli.trace.recall.head", l.code(), nz(l.sku()), nz(l.productNameVi()), recall.lotsReached(),
                    recall.deliveries().size(), recall.recipients().size()));
            out.println(m.get("cli.trace.recall.recipients"));
            for (Recipient r : recall.recipients()) {
                String qty = r.quantities().entrySet().stream().map(e -> e.getValue().toPlainString() + " " + e.getKey())
                        .collect(Collectors.joining(", "));
                out.println(String.join("\t", party(r.type(), m), nz(r.name()), String.valueOf(r.deliveries()), qty,
                        r.first().toLocalDate().toString(), r.last().toLocalDate().toString()));
            }
            out.println(m.get("cli.trace.recall.deliveries"));
            for (Delivery d : recall.deliveries()) {
                String docs = d.documents().stream().map(doc -> doc.type() + " " + doc.number()).collect(Collectors.joining("; "));
                out.println(String.join("\t", EventTimes.format(d.time()), m.get(d.kind().labelKey()), party(d.partyType(), m),
                        nz(d.partyName()), docs, nz(d.lotCode()), nz(d.sku()), d.quantity().toPlainString(), nz(d.unit())));
            }
            if (!recall.partnerEvents().isEmpty()) {
                out.println(m.get("cli.trace.recall.partnerEvents"));
                for (ExternalEntry x : recall.partnerEvents()) {
                    out.println(String.join("\t", EventTimes.format(x.time()), m.get("trace.external.mark"), nz(x.bizStep()),
                            nz(x.sender()), nz(x.role()), x.quantity() == null ? "" : x.quantity().toPlainString(), nz(x.uom())));
                }
            }
            if (!recall.printRuns().isEmpty()) {
                out.println(m.get("cli.trace.recall.printRuns"));
                PrintRunText runs = new PrintRunText(m);
                for (PrintedLabels p : recall.printRuns()) {
                    out.println(String.join("\t", EventTimes.format(p.run().printedAt()), nz(p.lotCode()), nz(p.sku()),
                            runs.count(p.run()), runs.details(p.run())));
                }
            }
            out.println(m.get("cli.trace.recall.stock"));
            for (LotNode n : recall.inStock()) {
                out.println(String.join("\t", nz(n.code()), nz(n.sku()), n.stock().toPlainString(), nz(n.unit())));
            }
            if (csv != null) {
                RecallCsv.write(recall, csv, m);
                out.println(m.get("cli.trace.recall.csvWritten", csv));
            }
            out.flush();
            return 0;
        }
    }

    private static String party(String type, Messages m) {
        return type == null ? "" : m.get("trace.party." + type);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
