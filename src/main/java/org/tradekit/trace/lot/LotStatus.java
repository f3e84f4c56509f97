package org.tradekit.trace.lot;

import java.util.Locale;

/** Where a lot stands; its stock is separate (the sum of its movements). Label key {@code trace.lot.status.<code>}. */
public enum LotStatus {
    ACTIVE, ON_HOLD, RECALLED, CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "trace.lot.status." + code();
    }

    public static LotStatus of(String code) {
        for (LotStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return ACTIVE;
    }
}
