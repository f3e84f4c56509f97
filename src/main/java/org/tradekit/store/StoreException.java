package org.tradekit.store;

/**
 * A problem with the database that the user must be told about in words, not a stack trace.
 * The key names a message in the i18n bundles; the arguments fill it.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public StoreException(String key, Throwable cause, Object... args) {
        super(key + (args.length > 0 ? " " + java.util.Arrays.toString(args) : ""), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
