package org.tradekit.trace.recall;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tradekit.i18n.Messages;
import org.tradekit.label.record.PrintRunText;
import org.tradekit.store.AtomicFiles;
import org.tradekit.trace.event.EventDocument;
import org.tradekit.trace.event.EventTimes;
import org.tradekit.trace.lineage.Delivery;
import org.tradekit.trace.lineage.LotNode;

/**
 * A recall as CSV for a spreadsheet: one row per delivery, one per print run of the lots (its
 * serial range under documents), then one per lot with stock left;
 * headers in the reader's language; UTF-8 with a byte order mark so that Excel reads Vietnamese.
 */
public final class RecallCsv {
    private RecallCsv() {
    }

    public static void write(Recall recall, Path file, Messages messages) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT);
            csv.printRecord(messages.get("trace.recall.csv.row"), messages.get("trace.recall.csv.date"),
                    messages.get("trace.recall.csv.recipientType"), messages.get("trace.recall.csv.recipient"),
                    messages.get("trace.recall.csv.documents"), messages.get("trace.recall.csv.lot"),
                    messages.get("trace.recall.csv.sku"), messages.get("trace.recall.csv.product"),
                    messages.get("trace.recall.csv.quantity"), messages.get("trace.recall.csv.unit"));
            for (Delivery d : recall.deliveries()) {
                csv.printRecord(messages.get(d.kind().labelKey()), EventTimes.format(d.time()), partyLabel(d.partyType(), messages),
                        d.partyName(), documents(d, messages), d.lotCode(), d.sku(), d.productNameVi(),
                        d.quantity().toPlainString(), d.unit());
            }
            PrintRunText runs = new PrintRunText(messages);
            for (PrintedLabels p : recall.printRuns()) { // which labels carry the recalled lots
                csv.printRecord(runs.kind(), EventTimes.format(p.run().printedAt()), "", "", runs.serials(p.run()), p.lotCode(),
                        p.sku(), "", p.run().labels() * p.run().copies(), messages.get("trace.recall.csv.labelsUnit"));
            }
            for (LotNode n : recall.inStock()) {
                csv.printRecord(messages.get("trace.recall.csv.inStock"), "", "", "", "", n.code(), n.sku(),
                        n.productNameVi(), n.stock().toPlainString(), n.unit());
            }
            csv.flush();
            w.flush();
        });
    }

    static String partyLabel(String type, Messages messages) {
        return type == null ? "" : messages.get("trace.party." + type);
    }

    static String documents(Delivery d, Messages messages) {
        return d.documents().stream().map((EventDocument doc) -> messages.get("trace.document." + doc.type()) + " " + doc.number())
                .collect(Collectors.joining("; "));
    }
}
