package org.tradekit.i18n;

import java.util.Arrays;

/**
 * A problem the user must be told about in words, not a stack trace: a message key of the i18n
 * bundles plus the arguments that fill it. Subclasses say where the problem comes from.
 */
public abstract class LocalizedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    protected LocalizedException(String key, Throwable cause, Object... args) {
        super(key + (args.length > 0 ? " " + Arrays.toString(args) : ""), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the user's language. */
    public String message(Messages messages) {
        return messages.get(key, args);
    }
}
