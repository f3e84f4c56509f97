package org.tradekit.trace;

import org.tradekit.i18n.LocalizedException;

/**
 * A traceability action refused because of what was asked (more than a lot holds, an unknown lot,
 * an attachment that is not a document...). Thrown inside the write transaction, so nothing of the
 * action is written; the message key and arguments say why in the user's language.
 */
public class TraceException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public TraceException(String key, Object... args) {
        super(key, null, args);
    }

    public TraceException(String key, Throwable cause, Object... args) {
        super(key, cause, args);
    }
}
