package org.tradekit.trace.ui;

import java.math.BigDecimal;

/**
 * A quantity as typed: digits with at most one decimal separator, a comma (as Vietnamese writes it)
 * or a point. No thousands separators: in Vietnamese "1.500" would mean 1500, in English 1.5, so
 * neither is guessed.
 */
final class Quantity {
    private Quantity() {
    }

    /** The quantity, or null when the text is not one. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replace(',', '.');
        if (!s.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
            return null;
        }
        return new BigDecimal(s);
    }
}
