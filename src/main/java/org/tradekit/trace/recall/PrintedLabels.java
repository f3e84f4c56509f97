package org.tradekit.trace.recall;

import org.tradekit.label.record.PrintRun;

/** A print run of a recalled lot: which labels (serials) carry it, printed when and where. */
public record PrintedLabels(String lotCode, String sku, PrintRun run) {
}
