package org.tradekit.label.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks text into lines no wider than a width, at spaces, and inside a word only when the word alone is too wide. */
public final class TextWrap {
    private TextWrap() {
    }

    /** Width in points of {@code text} at {@code sizePt}. */
    public static double widthPt(PDFont font, String text, double sizePt) {
        try {
            return font.getStringWidth(text) / 1000.0 * sizePt;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines(PDFont font, String text, double sizePt, double maxPt) {
        List<String> out = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String joined = line.isEmpty() ? word : line + " " + word;
            if (widthPt(font, joined, sizePt) <= maxPt) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line);
            }
            line = word;
            while (widthPt(font, line, sizePt) > maxPt) { // a word wider than the column: break it between letters
                int cut = fits(font, line, sizePt, maxPt);
                if (cut == 0) {
                    return null; // not even one letter fits
                }
                out.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        if (!line.isEmpty()) {
            out.add(line);
        }
        return out;
    }

    private static int fits(PDFont font, String word, double sizePt, double maxPt) {
        int cut = 0;
        for (int i = word.offsetByCodePoints(0, 1); i <= word.length(); i = i < word.length() ? word.offsetByCodePoints(i, 1) : i + 1) {
            if (widthPt(font, word.substring(0, i), sizePt) > maxPt) {
                break;
            }
            cut = i;
        }
        return cut;
    }
}
