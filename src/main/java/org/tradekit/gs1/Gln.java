package org.tradekit.gs1;

import java.util.Optional;

/**
 * A GS1 Global Location Number: 13 digits, the last a mod-10 check digit computed as for a GTIN.
 * Names a place (farm, warehouse, fair booth) in EPCIS readPoint and bizLocation.
 */
public record Gln(String digits) {

    public Gln {
        Optional<Gtin.Problem> p = problem(digits);
        if (p.isPresent()) {
            throw new IllegalArgumentException("not a GLN (" + p.get() + "): " + digits);
        }
    }

    /** Why a text is not a GLN: the same problems as a GTIN's (not digits, length, check digit). */
    public static Optional<Gtin.Problem> problem(String text) {
        String s = Gtin.clean(text);
        if (s.isEmpty() || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Optional.of(Gtin.Problem.NOT_DIGITS);
        }
        if (s.length() != 13) {
            return Optional.of(Gtin.Problem.LENGTH);
        }
        return Gtin.checkDigit(s.substring(0, 12)) == s.charAt(12) - '0' ? Optional.empty()
                : Optional.of(Gtin.Problem.CHECK_DIGIT);
    }

    public static Gln parse(String text) {
        return new Gln(Gtin.clean(text));
    }

    @Override
    public String toString() {
        return digits;
    }
}
