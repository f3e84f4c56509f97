package org.tradekit.lead;

import org.tradekit.i18n.LocalizedException;

/** A lead or fair that cannot be saved as given (no consent, nothing identifying, a bad email...). Nothing was written. */
public class LeadException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public LeadException(String key, Object... args) {
        super(key, null, args);
    }
}
