package org.tradekit.catalog.io;

/** What happens to the good rows when some rows are refused. */
public enum ImportMode {
    /** Any refused row means nothing is written (the default). */
    ALL_OR_NOTHING,
    /** The good rows are written; the refused ones are listed. */
    SKIP_BAD
}
