package org.tradekit.print.codes;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a code of a given module size will print so that it scans, on a printer of a given
 * resolution. A printer draws whole dots: a module of 2.6 dots comes out as 2 or 3 dots, so bars
 * and spaces get uneven widths, which 1D scanners read as wrong digits and QR readers as noise.
 *
 * @param dpi the printer's resolution (203 and 300 for thermal printers, 600+ for lasers)
 * @param minDots the fewest dots a module may have (2 for thermal printers: one dot does not hold its width)
 * @param toleranceDots how far from a whole number of dots a module may be
 */
public record ScanCheck(int dpi, int minDots, double toleranceDots) {
    /** From this many dots up a rounding error is at most 1/12 of a module, within what scanners allow for print growth. */
    static final double ROUNDING_MATTERS_BELOW_DOTS = 6;

    public ScanCheck {
        if (dpi < 72 || minDots < 1 || toleranceDots < 0 || toleranceDots >= 0.5) {
            throw new IllegalArgumentException("bad printer resolution: " + dpi + " dpi, " + minDots + " dots");
        }
    }

    /** A check with the usual limits: at least 2 dots a module, within 0.1 dot of a whole number. */
    public static ScanCheck forPrinter(int dpi) {
        return new ScanCheck(dpi, 2, 0.1);
    }

    /** The module size as printer dots. */
    public double dots(double moduleMm) {
        return moduleMm / 25.4 * dpi;
    }

    /** The smallest module size of a whole number of dots that passes every check for the symbology, in mm. */
    public double suggestedModuleMm(Symbology s) {
        int dots = Math.max(minDots, (int) Math.ceil(dots(s.minModuleMm()) - 1e-9));
        return dots * 25.4 / dpi;
    }

    public List<ScanWarning> check(Symbology s, double moduleMm) {
        List<ScanWarning> out = new ArrayList<>();
        double dots = dots(moduleMm);
        Double suggestion = mm(suggestedModuleMm(s));
        if (dots < minDots - toleranceDots) {
            out.add(new ScanWarning(ScanWarning.Kind.TOO_FEW_DOTS, "print.codes.warn.tooFewDots", mm(moduleMm),
                    dots, dpi, minDots, suggestion));
        } else if (dots < ROUNDING_MATTERS_BELOW_DOTS && Math.abs(dots - Math.rint(dots)) > toleranceDots) {
            out.add(new ScanWarning(ScanWarning.Kind.NOT_WHOLE_DOTS, "print.codes.warn.notWholeDots", mm(moduleMm),
                    dots, dpi, mm(Math.max(minDots, Math.rint(dots)) * 25.4 / dpi)));
        }
        if (moduleMm < s.minModuleMm() - 1e-6) {
            out.add(new ScanWarning(ScanWarning.Kind.BELOW_GS1_MINIMUM, "print.codes.warn.belowGs1Minimum",
                    mm(moduleMm), label(s), mm(s.minModuleMm()), suggestion));
        }
        return out;
    }

    /** The symbology's name as printed on packs: not translated. */
    public static String label(Symbology s) {
        return switch (s) {
            case QR -> "QR";
            case EAN_13 -> "EAN-13";
            case UPC_A -> "UPC-A";
            case GS1_128 -> "GS1-128";
        };
    }

    // numbers stay numbers: the bundles format them ({0,number,0.000}) with the user's decimal separator
    private static Double mm(double v) {
        return v;
    }
}
