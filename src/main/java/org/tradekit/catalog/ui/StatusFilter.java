package org.tradekit.catalog.ui;

import org.tradekit.catalog.ProductStatus;

/** Which products the list shows by status. */
public enum StatusFilter {
    ACTIVE(ProductStatus.ACTIVE), ARCHIVED(ProductStatus.ARCHIVED), ALL(null);

    private final ProductStatus status;

    StatusFilter(ProductStatus status) {
        this.status = status;
    }

    /** The status to filter on, null for all. */
    public ProductStatus status() {
        return status;
    }

    public String labelKey() {
        return "ui.catalog.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
