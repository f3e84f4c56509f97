package org.tradekit.gs1;

import java.util.ArrayList;
import java.util.List;

/**
 * GS1 element strings: the bracketed human-readable form {@code (01)09520123456788(10)LOT1} and
 * the barcode form where {@code ^} stands for FNC1 (the GS character, ASCII 29, when a scanner
 * types it): {@code ^010952012345678810LOT1}. FNC1 separates a variable-length AI from the next.
 */
public final class ElementString {
    public static final char FNC1 = '^';
    public static final char GS = '\u001d';

    private final AiValidator validator;

    public ElementString(AiValidator validator) {
        this.validator = validator;
    }

    public static ElementString gs1() {
        return new ElementString(AiValidator.gs1());
    }

    /** Parses {@code (AI)value...}; {@code \(} is a literal bracket in a value. Each value is checked. */
    public List<AiElement> parseBracketed(String text, boolean permitUnknownAis) {
        List<AiElement> out = new ArrayList<>();
        int i = 0;
        if (text.isEmpty() || text.charAt(0) != '(') {
            throw new Gs1Exception("gs1.ai.error.syntax", text);
        }
        while (i < text.length()) {
            int close = text.indexOf(')', i);
            if (text.charAt(i) != '(' || close < 0) {
                throw new Gs1Exception("gs1.ai.error.syntax", text);
            }
            String ai = text.substring(i + 1, close);
            if (ai.length() < 2 || ai.length() > 4 || !ai.chars().allMatch(Character::isDigit)) {
                throw new Gs1Exception("gs1.ai.error.badAi", ai);
            }
            StringBuilder value = new StringBuilder();
            i = close + 1;
            while (i < text.length() && text.charAt(i) != '(') {
                char ch = text.charAt(i);
                if (ch == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
                    ch = '(';
                    i++;
                }
                value.append(ch);
                i++;
            }
            AiEntry entry = validator.entry(ai, permitUnknownAis);
            validator.checkValue(entry, value.toString());
            out.add(new AiElement(ai, value.toString()));
        }
        return out;
    }

    /** Parses the barcode form, which starts with FNC1; a GS character counts as FNC1. Each value is checked. */
    public List<AiElement> parseData(String data) {
        String s = data.replace(GS, FNC1);
        if (s.isEmpty() || s.charAt(0) != FNC1) {
            throw new Gs1Exception("gs1.ai.error.noFnc1");
        }
        List<AiElement> out = new ArrayList<>();
        int i = 1;
        while (i < s.length()) {
            if (s.charAt(i) == FNC1) { // a superfluous separator is tolerated
                i++;
                continue;
            }
            final int at = i;
            AiEntry entry = validator.dictionary().entryAt(s, at)
                    .orElseThrow(() -> new Gs1Exception("gs1.error.unknownAi", s.substring(at, Math.min(at + 4, s.length()))));
            i += entry.ai().length();
            int end = s.indexOf(FNC1, i);
            if (end < 0) {
                end = s.length();
            }
            if (!entry.fnc1Required()) {
                end = Math.min(end, i + entry.fixedLength());
            }
            String value = s.substring(i, end);
            validator.checkValue(entry, value);
            out.add(new AiElement(entry.ai(), value));
            i = end;
        }
        if (out.isEmpty()) {
            throw new Gs1Exception("gs1.ai.error.noData");
        }
        return out;
    }

    /** The barcode form: FNC1 first, and after each variable-length value that another AI follows. */
    public String format(List<AiElement> elements) {
        StringBuilder sb = new StringBuilder().append(FNC1);
        boolean separator = false;
        for (AiElement e : elements) {
            if (separator) {
                sb.append(FNC1);
            }
            sb.append(e.ai()).append(e.value());
            separator = validator.dictionary().entry(e.ai()).map(AiEntry::fnc1Required).orElse(true);
        }
        return sb.toString();
    }

    /** The bracketed form, brackets in values escaped. */
    public static String bracketed(List<AiElement> elements) {
        StringBuilder sb = new StringBuilder();
        for (AiElement e : elements) {
            sb.append('(').append(e.ai()).append(')').append(e.value().replace("(", "\\("));
        }
        return sb.toString();
    }
}
