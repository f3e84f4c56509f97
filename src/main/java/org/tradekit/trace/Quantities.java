package org.tradekit.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Quantities are kept as whole thousandths of a lot's unit (grams of a kg lot, millilitres of a
 * litre lot): sums of movements are then exact, and a lot's stock never drifts by rounding.
 */
public final class Quantities {
    public static final int SCALE = 3;

    private Quantities() {
    }

    /** The quantity in thousandths; refuses more than three decimals rather than rounding silently. */
    public static long toMilli(BigDecimal quantity) {
        try {
            return quantity.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new TraceException("trace.error.quantityPrecision", quantity.toPlainString());
        }
    }

    public static BigDecimal ofMilli(long milli) {
        BigDecimal d = BigDecimal.valueOf(milli, SCALE).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** Plain text without exponent or trailing zeros: 12.5, 1200. */
    public static String text(BigDecimal quantity) {
        return ofMilli(toMilli(quantity)).toPlainString();
    }
}
