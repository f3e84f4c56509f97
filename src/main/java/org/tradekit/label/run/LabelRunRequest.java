package org.tradekit.label.run;

import org.tradekit.label.record.SerialRange;
import org.tradekit.label.stock.LabelStock;

/**
 * One print run: {@code count} traceability labels of a lot on a stock, starting at label
 * {@code startAt} (1-based) of the first, partly used sheet, in {@code lang} ("vi" or "en"); with
 * {@code serials} (from {@code PrintRuns.reserve}, null for none), label k carries
 * {@code serials.serial(k)} (AI 21) in its QR code; each label is printed {@code copies} times in a row.
 */
public record LabelRunRequest(String lotId, LabelStock stock, int count, int startAt, String lang, SerialRange serials,
        int copies) {
    public static final int MAX_COUNT = 100_000;

    /** One copy of each label. */
    public LabelRunRequest(String lotId, LabelStock stock, int count, int startAt, String lang, SerialRange serials) {
        this(lotId, stock, count, startAt, lang, serials, 1);
    }
}
