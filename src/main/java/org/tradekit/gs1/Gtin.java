package org.tradekit.gs1;

import java.util.Optional;

/**
 * A GS1 Global Trade Item Number: 8, 12, 13 or 14 digits, the last a mod-10 check digit
 * (weights 3,1,3,1... from the right, excluding the check digit).
 */
public record Gtin(String digits) {

    /** Why a text is not a GTIN; each has a message key under {@code gtin.error.}. */
    public enum Problem {
        NOT_DIGITS, LENGTH, CHECK_DIGIT
    }

    public Gtin {
        Optional<Problem> p = problem(digits);
        if (p.isPresent()) {
            throw new IllegalArgumentException("not a GTIN (" + p.get() + "): " + digits);
        }
    }

    /** Accepts spaces and dashes between digit groups, as people print them. */
    public static String clean(String text) {
        return text == null ? "" : text.strip().replace(" ", "").replace("-", "");
    }

    public static Optional<Problem> problem(String text) {
        String s = clean(text);
        if (s.isEmpty() || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Optional.of(Problem.NOT_DIGITS);
        }
        if (s.length() != 8 && s.length() != 12 && s.length() != 13 && s.length() != 14) {
            return Optional.of(Problem.LENGTH);
        }
        int expected = checkDigit(s.substring(0, s.length() - 1));
        return expected == s.charAt(s.length() - 1) - '0' ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    public static boolean isValid(String text) {
        return problem(text).isEmpty();
    }

    public static Gtin parse(String text) {
        return new Gtin(clean(text));
    }

    /** The check digit for the digits before it. */
    public static int checkDigit(String body) {
        int sum = 0;
        boolean three = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not digits: " + body);
            }
            sum += three ? 3 * d : d;
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    /** Completes a body with its check digit. */
    public static Gtin withCheckDigit(String body) {
        return new Gtin(body + checkDigit(body));
    }

    /** Left-padded to 14 digits, as GS1 Digital Link and AI (01) carry it. */
    public String gtin14() {
        return "0".repeat(14 - digits.length()) + digits;
    }

    @Override
    public String toString() {
        return digits;
    }
}
