package org.tradekit.brochure;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.tradekit.print.Fonts;
import org.tradekit.text.Fold;

/**
 * The fonts of one brochure and the choice between them, character by character: Noto Sans (regular
 * and bold) for every character it has (Latin, Vietnamese, digits, most punctuation), WenQuanYi Micro
 * Hei for the rest (Chinese, Japanese, Korean, full-width punctuation). A run of characters in the same
 * font is shown with one {@code showText}, so copied text comes back in order. WenQuanYi (5 MB) is
 * parsed only when a document needs it, and its collection stays open until the document is saved.
 * A character neither font has is drawn as a white square (U+25A1) and listed, never dropped silently.
 */
final class Typeface implements Closeable {
    /** What is drawn for a character no font has: visible, and searchable as itself in the PDF. */
    static final int MISSING = 0x25A1;
    private static final String CJK_RESOURCE = "/fonts/wqy-microhei.ttc";
    private static final String CJK_NAME = "WenQuanYiMicroHei";

    private final PDDocument doc;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final CmapLookup notoMap;
    private TrueTypeCollection cjkCollection;
    private PDType0Font cjk;
    private CmapLookup cjkMap;
    private final Map<Integer, Slot> slots = new HashMap<>();
    private final TreeSet<Integer> missing = new TreeSet<>();

    private enum Slot {
        NOTO, CJK, NONE
    }

    /** A stretch of text in one font. */
    record Run(PDType0Font font, String text) {
    }

    Typeface(PDDocument doc) {
        this.doc = doc;
        this.regular = Fonts.load(doc, Fonts.Style.REGULAR);
        this.bold = Fonts.load(doc, Fonts.Style.BOLD);
        this.notoMap = cmap(regular);
    }

    private static CmapLookup cmap(PDType0Font font) {
        try {
            return ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters no font had, as code points, for the warning. */
    java.util.SortedSet<Integer> missing() {
        return missing;
    }

    /** The text as drawn: NFC, control characters as spaces, unknown characters as {@link #MISSING}. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Fold.nfc(text);
        StringBuilder sb = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                sb.append(' ');
            } else if (slot(cp) == Slot.NONE) {
                missing.add(cp);
                sb.appendCodePoint(slot(MISSING) == Slot.NONE ? '?' : MISSING);
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private Slot slot(int cp) {
        return slots.computeIfAbsent(cp, c -> {
            if (notoMap.getGlyphId(c) > 0 || c == ' ') {
                return Slot.NOTO;
            }
            return cjkMap().getGlyphId(c) > 0 ? Slot.CJK : Slot.NONE;
        });
    }

    /** Splits printable text into runs of one font each. */
    List<Run> runs(String printable, boolean heavy) {
        List<Run> out = new ArrayList<>();
        PDType0Font latin = heavy ? bold : regular;
        int start = 0;
        Slot current = null;
        for (int i = 0; i < printable.length();) {
            int cp = printable.codePointAt(i);
            Slot s = slot(cp);
            if (current != null && s != current) {
                out.add(new Run(current == Slot.NOTO ? latin : cjk, printable.substring(start, i)));
                start = i;
            }
            current = s;
            i += Character.charCount(cp);
        }
        if (current != null) {
            out.add(new Run(current == Slot.NOTO ? latin : cjk, printable.substring(start)));
        }
        return out;
    }

    /** Width in points of printable text at a size. */
    float width(String printable, float size, boolean heavy) {
        float w = 0;
        for (Run r : runs(printable, heavy)) {
            try {
                w += r.font().getStringWidth(r.text()) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return w;
    }

    /** Shows printable text with its baseline at (x, y) in PDF points; the caller has begun a text object. */
    void show(PDPageContentStream cs, String printable, float x, float y, float size, boolean heavy) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (Run r : runs(printable, heavy)) {
            cs.setFont(r.font(), size);
            cs.showText(r.text());
        }
        cs.endText();
    }

    private CmapLookup cjkMap() {
        if (cjkMap == null) {
            try (InputStream in = Typeface.class.getResourceAsStream(CJK_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the jar: " + CJK_RESOURCE);
                }
                cjkCollection = new TrueTypeCollection(in);
                TrueTypeFont ttf = cjkCollection.getFontByName(CJK_NAME);
                ttf.setEnableGsub(false); // as for Noto: no regex per showText; CJK needs no substitution here
                cjk = PDType0Font.load(doc, ttf, true);
                cjkMap = ttf.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cjkMap;
    }

    /** Closes the CJK collection: only after the document was saved (the subset is built from it on save). */
    @Override
    public void close() throws IOException {
        if (cjkCollection != null) {
            cjkCollection.close();
        }
    }
}
