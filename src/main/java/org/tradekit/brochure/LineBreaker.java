package org.tradekit.brochure;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks text into lines that fit a width: at the places the language allows (spaces in Vietnamese,
 * English and Korean, between most characters in Chinese and Japanese, per {@link BreakIterator}), and inside a
 * word only when the word alone is wider than the line. Nothing is ever cut off without an ellipsis.
 */
final class LineBreaker {
    static final String ELLIPSIS = "…";

    /** Lines that fit, and whether text was left out (the last line then ends with an ellipsis). */
    record Lines(List<String> lines, boolean truncated) {
    }

    private final Typeface face;
    private final Locale locale;

    LineBreaker(Typeface face, Locale locale) {
        this.face = face;
        this.locale = locale;
    }

    /** Every line the text needs, paragraphs kept. */
    List<String> wrap(String text, float width, float size, boolean heavy) {
        return fit(text, width, size, heavy, Integer.MAX_VALUE).lines();
    }

    /** At most {@code maxLines}; when more were needed the last one ends in an ellipsis. */
    Lines fit(String text, float width, float size, boolean heavy, int maxLines) {
        List<String> out = new ArrayList<>();
        // split before making printable: printable turns line breaks (control characters) into spaces
        for (String raw : text == null ? new String[0] : text.split("\\R+")) {
            String paragraph = face.printable(raw).strip().replaceAll(" {2,}", " ");
            if (paragraph.isEmpty()) {
                continue;
            }
            if (maxLines <= 0 || !wrapParagraph(paragraph, width, size, heavy, out, maxLines)) {
                return new Lines(maxLines <= 0 ? out : withEllipsis(out, maxLines, width, size, heavy), true);
            }
        }
        return new Lines(out, false);
    }

    /** Adds the paragraph's lines; false when they did not all fit in {@code maxLines}. */
    private boolean wrapParagraph(String paragraph, float width, float size, boolean heavy, List<String> out, int maxLines) {
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(paragraph)) {
            String candidate = line + piece;
            if (face.width(candidate.stripTrailing(), size, heavy) <= width) {
                line.append(piece);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString().stripTrailing());
                if (out.size() >= maxLines) {
                    return false;
                }
                line.setLength(0);
            }
            // a word wider than the line: break it between characters
            for (int i = 0; i < piece.length();) {
                int cp = piece.codePointAt(i);
                String more = line.toString() + new String(Character.toChars(cp));
                if (line.length() > 0 && face.width(more.stripTrailing(), size, heavy) > width) {
                    out.add(line.toString().stripTrailing());
                    if (out.size() >= maxLines) {
                        return false;
                    }
                    line.setLength(0);
                    continue;
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        if (line.length() > 0) {
            if (out.size() >= maxLines) {
                return false;
            }
            out.add(line.toString().stripTrailing());
        }
        return true;
    }

    /**
     * The unbreakable pieces of a paragraph, each with its trailing space. Korean separates words with
     * spaces and breaks only there (the JDK's rules would break between any two Hangul syllables).
     */
    private List<String> pieces(String paragraph) {
        List<String> out = new ArrayList<>();
        if ("ko".equals(locale.getLanguage())) {
            for (String word : paragraph.split("(?<= )")) {
                out.add(word);
            }
            return out;
        }
        BreakIterator it = BreakIterator.getLineInstance(locale);
        it.setText(paragraph);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(paragraph.substring(start, end));
        }
        return out;
    }

    private List<String> withEllipsis(List<String> lines, int maxLines, float width, float size, boolean heavy) {
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(lines.size(), maxLines)));
        if (kept.isEmpty()) {
            return kept;
        }
        String last = kept.get(kept.size() - 1);
        while (!last.isEmpty() && face.width(last + ELLIPSIS, size, heavy) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(kept.size() - 1, last.stripTrailing() + ELLIPSIS);
        return kept;
    }
}
