package org.tradekit.photo;

import org.tradekit.i18n.LocalizedException;

/** A photo was refused (not an image, too large, damaged, unsupported): nothing was stored. */
public class PhotoException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public PhotoException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
