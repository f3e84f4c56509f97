package org.tradekit.label.run;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.tradekit.print.Fonts;

/** The two weights a label document uses, loaded once per document (one subset each), and their x-height. */
public record LabelFonts(PDType0Font regular, PDType0Font bold) {
    static final double PT_PER_MM = 72 / 25.4;

    public static LabelFonts load(PDDocument doc) {
        return new LabelFonts(Fonts.load(doc, Fonts.Style.REGULAR), Fonts.load(doc, Fonts.Style.BOLD));
    }

    public PDFont of(boolean isBold) {
        return isBold ? bold : regular;
    }

    /**
     * The height of a lower-case x at {@code sizePt}, in mm: what EU rule 1169/2011 measures. From the
     * font's OS/2 sxHeight, which Noto Sans carries (536 units of 1000).
     */
    public double xHeightMm(boolean isBold, double sizePt) {
        try {
            TrueTypeFont ttf = ((PDCIDFontType2) (isBold ? bold : regular).getDescendantFont()).getTrueTypeFont();
            double em = ttf.getUnitsPerEm();
            return ttf.getOS2Windows().getHeight() / em * sizePt / PT_PER_MM;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
