package org.tradekit.catalog;

import java.time.LocalDate;

/**
 * OCOP recognition rules: 3, 4 or 5 stars, valid 36 months from the decision; the mark may be
 * shown only while valid. "Soon" means within {@link #SOON_DAYS} days.
 */
public final class Ocop {
    public static final int VALIDITY_MONTHS = 36;
    public static final int SOON_DAYS = 90;

    /** The state of a product's recognition on a given day. */
    public enum State {
        NONE, VALID, EXPIRING, EXPIRED
    }

    private Ocop() {
    }

    public static LocalDate expiryFor(LocalDate decision) {
        return decision == null ? null : decision.plusMonths(VALIDITY_MONTHS);
    }

    public static State state(Integer stars, LocalDate expiry, LocalDate today) {
        if (stars == null) {
            return State.NONE;
        }
        if (expiry == null) {
            return State.VALID;
        }
        if (expiry.isBefore(today)) {
            return State.EXPIRED;
        }
        return expiry.isAfter(today.plusDays(SOON_DAYS)) ? State.VALID : State.EXPIRING;
    }

    public static boolean isValidStars(Integer stars) {
        return stars == null || stars == 3 || stars == 4 || stars == 5;
    }
}
