package org.tradekit.print.printer;

import org.tradekit.i18n.LocalizedException;

/**
 * Printing refused or failed, in words: an unknown or vanished printer, one that is stopped,
 * refuses jobs or is out of paper, a calibration outside what a printer can be off by.
 */
public class PrintingException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public PrintingException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }

    public PrintingException(String key, Object... args) {
        super(key, null, args);
    }
}
