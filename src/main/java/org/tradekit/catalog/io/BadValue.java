package org.tradekit.catalog.io;

/** A cell whose text is not a value of its column: a message key and arguments. Cheap: no stack trace. */
final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    BadValue(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
