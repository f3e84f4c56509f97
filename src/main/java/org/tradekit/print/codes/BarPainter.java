package org.tradekit.print.codes;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws EAN-13, UPC-A and GS1-128 as vector bars with their quiet zones reserved, and optionally
 * the human-readable line under them (pass a font from {@link org.tradekit.print.Fonts}). For
 * EAN-13/UPC-A the digits sit between the guard bars, which reach down beside them, as GS1 shows
 * them; GS1-128 gets its bracketed element string centred below. Millimetres, lower-left origin.
 */
public final class BarPainter {
    /** Digits' height relative to the font size (Noto Sans: 714/1000 em). */
    private static final double DIGIT_HEIGHT_EM = 0.714;
    /** How far the guard bars reach below the others, in modules. */
    private static final int GUARD_EXTENSION = 5;

    private BarPainter() {
    }

    /** Height of the text zone under the bars: digit height plus one module's gap. */
    public static double textZoneMm(Symbology s, double moduleMm) {
        return digitHeightMm(s, moduleMm) + moduleMm;
    }

    static double digitHeightMm(Symbology s, double moduleMm) {
        double h = 8 * moduleMm;
        return s == Symbology.GS1_128 ? Math.min(3.0, Math.max(2.0, h)) : h;
    }

    /**
     * How wide the human-readable line is. EAN-13 and UPC-A digits stay inside the quiet zones;
     * GS1-128's bracketed text, centred under the bars, can be wider than a short symbol.
     */
    public static double textWidthMm(LinearSymbol s, double moduleMm, PDFont font) throws IOException {
        if (s.symbology() != Symbology.GS1_128) {
            return 0;
        }
        return font.getStringWidth(s.text()) / 1000 * digitHeightMm(s.symbology(), moduleMm) / DIGIT_HEIGHT_EM;
    }

    /** The box's width with quiet zones. */
    public static double widthMm(LinearSymbol s, double moduleMm) {
        return (s.symbology().quietLeft() + s.length() + s.symbology().quietRight()) * moduleMm;
    }

    /**
     * Draws the code with its lower-left box corner (left quiet zone, bottom of the text) at (x, y).
     *
     * @param barHeightMm the height of the bars above the text zone
     * @param font the font of the human-readable line, or null for none
     */
    public static DrawnCode draw(PDPageContentStream cs, LinearSymbol s, double x, double y, double moduleMm,
            double barHeightMm, PDFont font) throws IOException {
        if (!(moduleMm > 0) || !(barHeightMm > 0)) {
            throw new IllegalArgumentException("module size and bar height must be positive");
        }
        Symbology sym = s.symbology();
        double textZone = font == null ? 0 : textZoneMm(sym, moduleMm);
        double barsLeft = x + sym.quietLeft() * moduleMm;
        boolean retail = sym != Symbology.GS1_128;
        double guardDrop = font != null && retail ? GUARD_EXTENSION * moduleMm : 0;

        cs.saveGraphicsState();
        // horizontal unit: one module; vertical unit: one millimetre
        cs.transform(new Matrix((float) (moduleMm * Runs.PT_PER_MM), 0, 0, Runs.PT_PER_MM,
                (float) (barsLeft * Runs.PT_PER_MM), (float) (y * Runs.PT_PER_MM)));
        cs.setNonStrokingColor(0f);
        boolean[] bars = s.bars();
        float bottom = (float) textZone;
        if (guardDrop == 0) {
            Runs.add(cs, bars, 0, bars.length, bottom, (float) barHeightMm);
        } else {
            int[] extended = extendedModules(sym);
            int at = 0;
            for (int i = 0; i < extended.length; i += 2) { // alternate: normal stretch, extended stretch
                Runs.add(cs, bars, at, extended[i], bottom, (float) barHeightMm);
                Runs.add(cs, bars, extended[i], extended[i + 1], (float) (bottom - guardDrop),
                        (float) (barHeightMm + guardDrop));
                at = extended[i + 1];
            }
            Runs.add(cs, bars, at, bars.length, bottom, (float) barHeightMm);
        }
        cs.fill();
        cs.restoreGraphicsState();

        if (font != null) {
            HumanReadable.draw(cs, s, font, barsLeft, y, moduleMm, digitHeightMm(sym, moduleMm) / DIGIT_HEIGHT_EM);
        }
        int modules = sym.quietLeft() + bars.length + sym.quietRight();
        return new DrawnCode(sym, x, y, modules * moduleMm, textZone + barHeightMm, moduleMm, modules);
    }

    /** Module ranges [from, to) whose bars reach down beside the digits. */
    private static int[] extendedModules(Symbology s) {
        return s == Symbology.UPC_A
                ? new int[] {0, 10, 45, 50, 85, 95} // guards with the first and last digit's bars
                : new int[] {0, 3, 45, 50, 92, 95}; // guards
    }
}
