package org.tradekit.print.printer;

import org.tradekit.i18n.Messages;

/**
 * How to correct one printer's placement on one stock: every point of a page is sent to the
 * printer at {@code x * scaleX + dxMm} across and {@code y * scaleY + dyMm} down, measured from
 * the page's top-left corner (right and down positive). The identity changes nothing.
 *
 * <p>A printer whose paper path shifts the print by {@code b} and stretches it by {@code a}
 * prints a point meant for {@code x} at {@code a*x + b}; the calibration that cancels it is
 * {@code scale = 1/a}, {@code d = -b/a} (see {@link #fromMeasurement}).
 */
public record Calibration(double dxMm, double dyMm, double scaleX, double scaleY) {
    /** More than a centimetre off means the paper or the stock is wrong, not the printer. */
    public static final double MAX_OFFSET_MM = 10;
    public static final double MIN_SCALE = 0.95;
    public static final double MAX_SCALE = 1.05;
    public static final Calibration IDENTITY = new Calibration(0, 0, 1, 1);

    /** @throws PrintingException when a value is outside what a working printer can be off by */
    public Calibration {
        checkOffset(dxMm);
        checkOffset(dyMm);
        checkScale(scaleX);
        checkScale(scaleY);
    }

    /** "x +0.50 mm, y -1.20 mm, scale x 100.20 %, y 99.80 %" in the user's language and number format. */
    public String describe(Messages m) {
        return m.get("print.calibration.describe", dxMm, dyMm, scaleX * 100, scaleY * 100);
    }

    public boolean isIdentity() {
        return equals(IDENTITY);
    }

    /** Where a point meant for {@code xMm} across is sent to the printer. */
    public double sentX(double xMm) {
        return xMm * scaleX + dxMm;
    }

    /** Where a point meant for {@code yMm} down is sent to the printer. */
    public double sentY(double yMm) {
        return yMm * scaleY + dyMm;
    }

    /**
     * The calibration that cancels what was measured on a test grid printed without calibration:
     * the measured label's crosshair landed {@code m.crossRightMm()} right and
     * {@code m.crossDownMm()} down of the label's real centre, which is at ({@code centreXMm},
     * {@code centreYMm}) from the page's top-left, and bars of {@code nominalBarXMm} and
     * {@code nominalBarYMm} printed as {@code m.barXMm()} and {@code m.barYMm()} long (null: not
     * measured, taken as exact).
     */
    public static Calibration fromMeasurement(Measurement m, double centreXMm, double centreYMm, double nominalBarXMm,
            double nominalBarYMm) {
        double ax = stretch(m.barXMm(), nominalBarXMm);
        double ay = stretch(m.barYMm(), nominalBarYMm);
        // printed(c) = a*c + b and printed(c) - c = measured  =>  b = measured - (a - 1) * c
        double bx = m.crossRightMm() - (ax - 1) * centreXMm;
        double by = m.crossDownMm() - (ay - 1) * centreYMm;
        return new Calibration(round(-bx / ax, 1e4), round(-by / ay, 1e4), round(1 / ax, 1e6), round(1 / ay, 1e6));
    }

    private static double stretch(Double printedMm, double nominalMm) {
        if (printedMm == null) {
            return 1;
        }
        if (!(printedMm > 0)) {
            throw new PrintingException("print.calibration.error.bar", printedMm);
        }
        double a = printedMm / nominalMm;
        if (1 / a < MIN_SCALE || 1 / a > MAX_SCALE) {
            throw new PrintingException("print.calibration.error.barOff", printedMm, nominalMm, MIN_SCALE, MAX_SCALE);
        }
        return a;
    }

    /** Offsets to 0.1 µm and scales to a millionth: far below a printer's dot, yet short in the file. */
    private static double round(double v, double per) {
        return Math.round(v * per) / per;
    }

    private static void checkOffset(double mm) {
        if (!Double.isFinite(mm) || Math.abs(mm) > MAX_OFFSET_MM) {
            throw new PrintingException("print.calibration.error.offset", mm, MAX_OFFSET_MM);
        }
    }

    private static void checkScale(double s) {
        if (!Double.isFinite(s) || s < MIN_SCALE || s > MAX_SCALE) {
            throw new PrintingException("print.calibration.error.scale", s, MIN_SCALE, MAX_SCALE);
        }
    }
}
