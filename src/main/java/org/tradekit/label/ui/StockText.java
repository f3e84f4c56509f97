package org.tradekit.label.ui;

import org.tradekit.i18n.Messages;
import org.tradekit.label.stock.LabelStock;

/** How a label stock reads in lists: name, description, label size and grid (or "roll"). */
final class StockText {
    private StockText() {
    }

    static String line(LabelStock s, Messages m) {
        String w = s.shape().width().mmText();
        String h = s.shape().height().mmText();
        String what = s.description().isBlank() ? "" : s.description() + ", ";
        return s.roll() ? m.get("label.ui.stock.rollLine", s.name(), what, w, h)
                : m.get("label.ui.stock.sheetLine", s.name(), what, w, h, s.grid().replace("x", " × "));
    }
}
