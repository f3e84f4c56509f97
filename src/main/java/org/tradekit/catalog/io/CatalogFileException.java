package org.tradekit.catalog.io;

/**
 * A file that cannot be imported or exported at all (missing, not a table, damaged, no rows, no SKU
 * column, a folder that cannot be written): a message key and its arguments. When it is thrown,
 * nothing was written to the catalog or to the export file.
 */
public class CatalogFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public CatalogFileException(String key, Throwable cause, Object... args) {
        super(key + (args.length > 0 ? " " + java.util.Arrays.toString(args) : ""), cause);
        this.key = key;
        this.args = args.clone();
    }

    public CatalogFileException(String key, Object... args) {
        this(key, null, args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
