package org.tradekit.label.stock;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * A length on a label sheet, kept exactly in EMU (English Metric Units, 914,400 to the inch): a
 * millimetre is 36,000 EMU, a point 12,700, so every length written in mm, cm, in, pt or pc is a
 * finite decimal and a label's position (x0 + i * dx) adds up without rounding.
 */
public record Length(BigDecimal emu) implements Comparable<Length> {
    public static final Length ZERO = new Length(BigDecimal.ZERO);
    private static final BigDecimal PER_MM = BigDecimal.valueOf(36_000);
    private static final BigDecimal PER_PT = BigDecimal.valueOf(12_700);
    private static final BigDecimal PER_IN = BigDecimal.valueOf(914_400);

    /** The units gLabels writes; a bare number is in points. */
    enum Unit {
        PT("pt", PER_PT), IN("in", PER_IN), MM("mm", PER_MM), CM("cm", BigDecimal.valueOf(360_000)),
        PC("pc", BigDecimal.valueOf(152_400));

        final String suffix;
        final BigDecimal emu;

        Unit(String suffix, BigDecimal emu) {
            this.suffix = suffix;
            this.emu = emu;
        }
    }

    public Length {
        emu = emu.stripTrailingZeros();
    }

    public static Length mm(String value) {
        return new Length(new BigDecimal(value).multiply(PER_MM));
    }

    public static Length mm(double value) {
        return mm(BigDecimal.valueOf(value).toPlainString());
    }

    public static Length pt(String value) {
        return new Length(new BigDecimal(value).multiply(PER_PT));
    }

    /**
     * A gLabels length ("63.5mm", "0.75in", "181.4"): number then optional unit.
     *
     * @throws NumberFormatException when it is not one
     */
    public static Length parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Unit unit = Unit.PT;
        for (Unit u : Unit.values()) {
            if (t.endsWith(u.suffix)) {
                unit = u;
                t = t.substring(0, t.length() - u.suffix.length()).strip();
                break;
            }
        }
        if (t.isEmpty()) {
            throw new NumberFormatException("no number in '" + text + "'");
        }
        return new Length(new BigDecimal(t).multiply(unit.emu));
    }

    public double mm() {
        return emu.doubleValue() / 36_000.0;
    }

    public double pt() {
        return emu.doubleValue() / 12_700.0;
    }

    public Length plus(Length other) {
        return new Length(emu.add(other.emu));
    }

    public Length minus(Length other) {
        return new Length(emu.subtract(other.emu));
    }

    public Length times(int n) {
        return new Length(emu.multiply(BigDecimal.valueOf(n)));
    }

    public Length half() {
        return new Length(emu.divide(BigDecimal.valueOf(2)));
    }

    public int signum() {
        return emu.signum();
    }

    @Override
    public int compareTo(Length o) {
        return emu.compareTo(o.emu);
    }

    /** Millimetres as people write them: "63.5", "70", "38.1" (at most two decimals, dot). */
    public String mmText() {
        return BigDecimal.valueOf(mm()).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    /** The exact value in the shortest gLabels unit that keeps it exact (mm, then pt, then in). */
    public String glabelsText() {
        for (Unit u : new Unit[] {Unit.MM, Unit.PT, Unit.IN}) {
            try {
                return emu.divide(u.emu).stripTrailingZeros().toPlainString() + u.suffix;
            } catch (ArithmeticException notExact) {
                // try the next unit
            }
        }
        return emu.divide(PER_MM, MathContext.DECIMAL64).stripTrailingZeros().toPlainString() + "mm";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Length l && emu.compareTo(l.emu) == 0;
    }

    @Override
    public int hashCode() {
        return emu.hashCode();
    }

    @Override
    public String toString() {
        return glabelsText();
    }
}
