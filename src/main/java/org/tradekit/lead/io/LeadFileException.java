package org.tradekit.lead.io;

import org.tradekit.i18n.LocalizedException;

/** A lead file that cannot be written or read at all (no such folder, unreadable, not a lead file). */
public class LeadFileException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public LeadFileException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
