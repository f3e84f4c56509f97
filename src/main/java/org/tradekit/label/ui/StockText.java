package org.tradekit.label.ui;

import org.tradekit.i18n.Messages;
import org.tradekit.label.stock.LabelStock;

/** How a label stock reads under its name in lists: description, label size, and the grid a sheet or "roll". */
final class StockText {
    private StockText() {
    }

    static String details(LabelStock s, Messages m) {
        String w = s.shape().width().mmText();
        String h = s.shape().height().mmText();
        String what = s.description().isBlank() ? "" : s.description() + " · ";
        return s.roll() ? m.get("label.ui.stock.rollDetails", what, w, h)
                : m.get("label.ui.stock.sheetDetails", what, w, h, s.labelsPerPage(), s.grid().replace("x", "\u00a0×\u00a0"));
    }
}
