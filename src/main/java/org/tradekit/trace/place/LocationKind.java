package org.tradekit.trace.place;

import java.util.Locale;

/** What a named place is; the label key is {@code trace.location.kind.<code>}. */
public enum LocationKind {
    FARM, DRYING_HOUSE, WAREHOUSE, SHOP, FAIR_BOOTH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "trace.location.kind." + code();
    }

    /** The kind with this code, or null for an unknown code (a newer version's kind after sync). */
    public static LocationKind of(String code) {
        for (LocationKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
