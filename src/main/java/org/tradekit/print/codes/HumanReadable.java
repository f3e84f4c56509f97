package org.tradekit.print.codes;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Places the human-readable line under a linear code: digit by digit for EAN/UPC, centred for GS1-128. */
final class HumanReadable {
    private HumanReadable() {
    }

    /**
     * @param barsLeft the left edge of the first bar, mm
     * @param fontSizeMm the font size (em), mm
     */
    static void draw(PDPageContentStream cs, LinearSymbol s, PDFont font, double barsLeft, double baseline,
            double moduleMm, double fontSizeMm) throws IOException {
        float size = (float) (fontSizeMm * Runs.PT_PER_MM);
        cs.setNonStrokingColor(0f);
        cs.setFont(font, size);
        String t = s.text();
        switch (s.symbology()) {
            case EAN_13 -> {
                right(cs, font, size, t.substring(0, 1), barsLeft - 2 * moduleMm, baseline);
                for (int i = 1; i <= 12; i++) {
                    double cell = i <= 6 ? 3 + 7 * (i - 1) : 50 + 7 * (i - 7);
                    centre(cs, font, size, t.substring(i, i + 1), barsLeft + (cell + 3.5) * moduleMm, baseline);
                }
            }
            case UPC_A -> {
                right(cs, font, size, t.substring(0, 1), barsLeft - 2 * moduleMm, baseline);
                for (int i = 1; i <= 10; i++) {
                    double cell = i <= 5 ? 3 + 7 * i : 50 + 7 * (i - 6);
                    centre(cs, font, size, t.substring(i, i + 1), barsLeft + (cell + 3.5) * moduleMm, baseline);
                }
                show(cs, t.substring(11), barsLeft + (s.length() + 2) * moduleMm, baseline);
            }
            default -> centre(cs, font, size, t, barsLeft + s.length() * moduleMm / 2, baseline);
        }
    }

    private static void centre(PDPageContentStream cs, PDFont font, float size, String text, double centreMm,
            double baseline) throws IOException {
        show(cs, text, centreMm - widthMm(font, size, text) / 2, baseline);
    }

    private static void right(PDPageContentStream cs, PDFont font, float size, String text, double rightMm,
            double baseline) throws IOException {
        show(cs, text, rightMm - widthMm(font, size, text), baseline);
    }

    private static double widthMm(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size / Runs.PT_PER_MM;
    }

    private static void show(PDPageContentStream cs, String text, double xMm, double yMm) throws IOException {
        cs.beginText();
        cs.newLineAtOffset((float) (xMm * Runs.PT_PER_MM), (float) (yMm * Runs.PT_PER_MM));
        cs.showText(text);
        cs.endText();
    }
}
