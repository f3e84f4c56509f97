package org.tradekit.lead.card;

import org.tradekit.i18n.LocalizedException;

/** An image that cannot be read at all (not an image, missing, unreadable). */
public final class CardImageException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    CardImageException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
