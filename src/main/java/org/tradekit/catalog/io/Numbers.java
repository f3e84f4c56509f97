package org.tradekit.catalog.io;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as cooperatives' files write them, decided value by value (docs/decisions/0004):
 * <ul>
 * <li>currency marks around the number are dropped: {@code 120.000 ₫}, {@code 120.000đ}, {@code 120000 VND},
 * {@code $12.50}, {@code 12,50 USD};</li>
 * <li>spaces and apostrophes between digit groups are dropped: {@code 1 234 567};</li>
 * <li>with both {@code .} and {@code ,}, the one written last is the decimal separator:
 * {@code 1.234,5} and {@code 1,234.5} are both 1234.5;</li>
 * <li>one kind written more than once separates thousands: {@code 1.234.567}, {@code 1,234,567};</li>
 * <li>one written once is a thousands separator only when exactly three digits follow and one to
 * three digits, not starting with 0, precede it: {@code 120.000} and {@code 1,234} are whole numbers,
 * while {@code 1,5}, {@code 12.50}, {@code 0.125} and {@code 1234.567} are decimals.</li>
 * </ul>
 * Thousands groups must have three digits, otherwise the text is refused rather than guessed.
 * {@link #canonical} writes numbers so that this rule reads them back exactly.
 */
final class Numbers {
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("^(?:US\\$|\\$|USD|VNĐ|VND|₫)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s*(?:₫|đồng|dong|vnđ|vnd|đ|usd|us\\$|\\$)\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GROUP_SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F'’]+");
    private static final Pattern ALLOWED = Pattern.compile("[0-9., ]*[0-9][0-9., ]*");
    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[., ]");

    private Numbers() {
    }

    /**
     * The number a cell means, or null when the cell is blank.
     *
     * @throws BadValue {@code import.error.number} when it is not a number by the rule above
     */
    static BigDecimal parse(String text) throws BadValue {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (isDigits(s)) { // the common case, without the rule's regular expressions
            return new BigDecimal(s);
        }
        String original = s;
        s = CURRENCY_AFTER.matcher(CURRENCY_BEFORE.matcher(s).replaceFirst("")).replaceFirst("").strip();
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '\u2212' || s.charAt(0) == '+')) {
            negative = s.charAt(0) != '+';
            s = s.substring(1).strip();
        }
        s = GROUP_SPACES.matcher(s).replaceAll(" ");
        if (!ALLOWED.matcher(s).matches()) {
            throw new BadValue("import.error.number", original);
        }
        char decimal = decimalSeparator(s, original);
        String whole = decimal == 0 ? s : s.substring(0, s.lastIndexOf(decimal));
        String fraction = decimal == 0 ? "" : s.substring(s.lastIndexOf(decimal) + 1);
        if (!fraction.chars().allMatch(Character::isDigit)) {
            throw new BadValue("import.error.number", original);
        }
        String[] groups = GROUP_SEPARATORS.split(whole, -1);
        StringBuilder digits = new StringBuilder(negative ? "-" : "");
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            boolean ok = groups.length == 1 ? g.chars().allMatch(Character::isDigit)
                    : i == 0 ? g.length() >= 1 && g.length() <= 3 : g.length() == 3;
            if (!ok) {
                throw new BadValue("import.error.number", original);
            }
            digits.append(g);
        }
        if (digits.length() == (negative ? 1 : 0)) {
            digits.append('0');
        }
        if (!fraction.isEmpty()) {
            digits.append('.').append(fraction);
        }
        return new BigDecimal(digits.toString());
    }

    /** The decimal separator of a number text, or 0 when it has none (see the class comment). */
    private static char decimalSeparator(String s, String original) throws BadValue {
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots > 0 && commas > 0) {
            char last = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            if (count(s, last) > 1) {
                throw new BadValue("import.error.number", original);
            }
            return last;
        }
        if (dots + commas == 0) {
            return 0;
        }
        char sep = dots > 0 ? '.' : ',';
        if (dots + commas > 1) {
            return 0;
        }
        int at = s.indexOf(sep);
        String before = s.substring(0, at);
        String after = s.substring(at + 1);
        boolean thousands = after.length() == 3 && !before.isEmpty() && before.length() <= 3
                && before.charAt(0) != '0' && before.chars().allMatch(Character::isDigit);
        return thousands ? 0 : sep;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * A number as Trade Kit writes it to files: plain digits, a dot before any decimals, no
     * grouping; a fourth decimal 0 where three would read as thousands (1.2340, not 1.234).
     */
    static String canonical(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String s = v.toPlainString();
        int dot = s.indexOf('.');
        if (dot > 0 && s.length() - dot - 1 == 3) {
            String whole = s.substring(s.startsWith("-") ? 1 : 0, dot);
            if (whole.length() <= 3 && whole.charAt(0) != '0') {
                s += "0";
            }
        }
        return s;
    }
}
