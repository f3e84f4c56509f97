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
