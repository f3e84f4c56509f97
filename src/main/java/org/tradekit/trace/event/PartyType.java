package org.tradekit.trace.event;

import java.util.Locale;

/** Who goods come from or go to; label key {@code trace.party.<code>}. */
public enum PartyType {
    BUYER, FAIR, CONSUMER, MEMBER, SUPPLIER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "trace.party." + code();
    }

    public static PartyType of(String code) {
        for (PartyType t : values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        return null;
    }
}
