package org.tradekit.label.stock;

import org.tradekit.i18n.LocalizedException;

/** Label stock that cannot be used (impossible geometry, unreadable template file, unknown name). */
public class StockException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public StockException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
