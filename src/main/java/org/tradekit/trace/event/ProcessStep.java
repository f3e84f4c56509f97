package org.tradekit.trace.event;

import java.util.Locale;

/** The kinds of processing a cooperative records; label key {@code trace.step.<code>}. Bodies keep the code. */
public enum ProcessStep {
    WITHERING, ROLLING, DRYING, ROASTING, FERMENTING, WASHING, HULLING, SORTING, GRINDING, FILTERING, BLENDING,
    BOTTLING, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "trace.step." + code();
    }
}
