package org.tradekit.store;

import org.tradekit.i18n.LocalizedException;

/**
 * A problem with the database or the files next to it that the user must be told about in words,
 * not a stack trace. The key names a message in the i18n bundles; the arguments fill it.
 */
public class StoreException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public StoreException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
