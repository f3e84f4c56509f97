package org.tradekit.label.record;

import org.tradekit.i18n.LocalizedException;

/** A print run that cannot be recorded: no such lot, serials already used, a bad count. Nothing was written. */
public class PrintRunException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public PrintRunException(String key, Object... args) {
        super(key, null, args);
    }
}
