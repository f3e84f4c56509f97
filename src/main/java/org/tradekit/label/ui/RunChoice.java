package org.tradekit.label.ui;

import org.tradekit.label.record.SerialRange;
import org.tradekit.label.run.LabelDesign;
import org.tradekit.label.run.LabelLayout;
import org.tradekit.label.run.LabelRunRequest;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.print.codes.QrErrorCorrection;

/**
 * A run as chosen on the screen ({@code count} distinct labels, each printed {@code copies} times); its serials, if
 * any, are planned only when it is printed.
 */
record RunChoice(String lotId, LabelStock stock, int count, int startAt, String lang, boolean serials, LabelLayout layout,
        int perCarton, QrErrorCorrection ecc, int copies) {
    LabelRunRequest request(SerialRange range) {
        return new LabelRunRequest(lotId, stock, count, startAt, lang, range, copies);
    }

    /** The layout with its defaults; carton labels say how many units a carton holds. */
    LabelDesign design() {
        LabelDesign d = LabelDesign.of(layout).withErrorCorrection(ecc);
        return layout == LabelLayout.CARTON ? d.withPerCarton(perCarton) : d;
    }
}
