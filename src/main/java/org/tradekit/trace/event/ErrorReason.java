package org.tradekit.trace.event;

import java.util.Locale;

/** Why an event is declared erroneous, as CBV 2.0 names it; label key {@code trace.errorReason.<code>}. */
public enum ErrorReason {
    DID_NOT_OCCUR, INCORRECT_DATA;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "trace.errorReason." + code();
    }

    public static ErrorReason of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
