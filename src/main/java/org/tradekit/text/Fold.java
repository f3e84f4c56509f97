package org.tradekit.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese-aware text folding. Input is normalised to NFC on the way in; for search, marks
 * are dropped, đ becomes d (Unicode does not decompose it) and case is folded, so
 * "ca phe" matches "Cà phê" and both tone placements (hoà, hòa) fold alike.
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Fold() {
    }

    /** NFC, as every text is stored. Null stays null. */
    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** NFC with surrounding white space removed; blank becomes null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = nfc(s).strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * The words of a text as search compares them: folded ({@link #key}), split at anything that
     * is not a letter or digit, joined by single spaces. "Cà phê  Đắk-Lắk!" gives "ca phe dak lak".
     */
    public static String words(String s) {
        return String.join(" ", wordList(s));
    }

    public static java.util.List<String> wordList(String s) {
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder w = new StringBuilder();
        key(s).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(cp);
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        });
        if (w.length() > 0) {
            words.add(w.toString());
        }
        return words;
    }

    /** The search key: no marks, đ to d, lower case. */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        return d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
