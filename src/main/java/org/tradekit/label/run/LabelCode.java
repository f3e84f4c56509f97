package org.tradekit.label.run;

import org.tradekit.print.codes.LinearSymbol;

/** The one code a label carries: a QR code's content, or the bars of a linear symbol (EAN-13, UPC-A, GS1-128). */
public sealed interface LabelCode {
    /** A QR code; {@code mask} 0-7 fixes the mask (fast for long serialised runs), -1 searches the best one. */
    record Qr(String payload, int mask) implements LabelCode {
        public Qr(String payload) {
            this(payload, -1);
        }
    }

    record Linear(LinearSymbol symbol) implements LabelCode {
    }
}
