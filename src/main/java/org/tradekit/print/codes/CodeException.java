package org.tradekit.print.codes;

import org.tradekit.i18n.LocalizedException;

/** Data that cannot become the barcode asked for (wrong GTIN length, too much data), said in words. */
public class CodeException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public CodeException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
