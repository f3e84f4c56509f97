package org.tradekit.catalog;

/** Whether a product is offered. Archived products stay in the catalog but out of the way. */
public enum ProductStatus {
    ACTIVE, ARCHIVED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ProductStatus of(String code) {
        return code == null ? ACTIVE : valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
