package org.tradekit.brochure;

import org.tradekit.i18n.LocalizedException;

/** A brochure that cannot be made (no products, an unknown SKU, the file cannot be written), said in the user's language. */
public class BrochureException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public BrochureException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
