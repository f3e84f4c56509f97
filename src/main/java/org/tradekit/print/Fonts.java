package org.tradekit.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts Trade Kit embeds in the PDFs it makes (recall sheets, labels, brochures): Noto Sans,
 * shipped inside the jar (SIL OFL, fonts/OFL.txt), because PDF's standard fonts have no
 * Vietnamese letters and a user's machine may have no suitable font. Subset-embedded, so a page
 * carries only the glyphs it uses.
 */
public final class Fonts {
    /** The weights that ship. */
    public enum Style {
        REGULAR("/fonts/NotoSans-Regular.ttf"), BOLD("/fonts/NotoSans-Bold.ttf");

        private final String resource;

        Style(String resource) {
            this.resource = resource;
        }
    }

    private Fonts() {
    }

    /**
     * Loads the fonts once into a throwaway document on another thread, so that PDFBox's and the
     * font parser's classes are ready by the time a short command (a CLI label run) needs them:
     * the other core does it while the first one reads the label stock and the data.
     */
    public static void warmUp() {
        CompletableFuture.runAsync(() -> {
            try (PDDocument doc = new PDDocument()) {
                for (Style s : Style.values()) {
                    load(doc, s);
                }
            } catch (IOException | RuntimeException e) {
                // only a head start: the real load reports any problem
            }
        });
    }

    /**
     * Loads a font into a document. GSUB is switched off: with it PDFBox builds a regex on every
     * {@code showText} (about 0.6 ms a call) and NFC Vietnamese needs no substitution.
     */
    public static PDType0Font load(PDDocument doc, Style style) {
        try (InputStream in = Fonts.class.getResourceAsStream(style.resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + style.resource);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
