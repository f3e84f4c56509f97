package org.tradekit.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plain fields of a product: the store column, the canonical CSV column and the kind of
 * value. One list serves the editor, the importer, the exporters and the change log.
 */
public enum ProductField {
    SKU("sku", Kind.TEXT),
    NAME_VI("name_vi", Kind.TEXT),
    NAME_EN("name_en", Kind.TEXT),
    DESCRIPTION_VI("description_vi", Kind.TEXT),
    DESCRIPTION_EN("description_en", Kind.TEXT),
    CATEGORY("category", Kind.TEXT),
    OCOP_STARS("ocop_stars", Kind.INTEGER),
    OCOP_CERTIFICATE_NO("ocop_certificate_no", Kind.TEXT),
    OCOP_LEVEL("ocop_level", Kind.TEXT),
    OCOP_DECISION_DATE("ocop_decision_date", Kind.DATE),
    OCOP_EXPIRY_DATE("ocop_expiry_date", Kind.DATE),
    GTIN("gtin", Kind.TEXT),
    NET_QUANTITY("net_quantity", Kind.DECIMAL),
    UNIT("unit", Kind.TEXT),
    PACKAGING("packaging", Kind.TEXT),
    SHELF_LIFE_DAYS("shelf_life_days", Kind.INTEGER),
    STORAGE_VI("storage_vi", Kind.TEXT),
    STORAGE_EN("storage_en", Kind.TEXT),
    INGREDIENTS_VI("ingredients_vi", Kind.TEXT),
    INGREDIENTS_EN("ingredients_en", Kind.TEXT),
    ALLERGENS_VI("allergens_vi", Kind.TEXT),
    ALLERGENS_EN("allergens_en", Kind.TEXT),
    HS_CODE("hs_code", Kind.TEXT),
    PROVINCE("province", Kind.TEXT),
    COMMUNE("commune", Kind.TEXT),
    PRICE_VND("price_vnd", Kind.VND),
    WHOLESALE_PRICE_VND("wholesale_price_vnd", Kind.VND),
    EXPORT_PRICE_USD("export_price_usd_cents", Kind.USD_CENTS),
    MOQ("moq", Kind.INTEGER),
    PRIMARY_PHOTO("primary_photo", Kind.TEXT),
    STATUS("status", Kind.TEXT);

    /** How a value is kept: text, whole number, decimal, date (ISO), VND (whole đồng), USD (cents). */
    public enum Kind {
        TEXT, INTEGER, DECIMAL, DATE, VND, USD_CENTS
    }

    private final String column;
    private final Kind kind;

    ProductField(String column, Kind kind) {
        this.column = column;
        this.kind = kind;
    }

    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    /** The message key of the field's label, e.g. {@code catalog.field.name_vi}. */
    public String labelKey() {
        return "catalog.field." + name().toLowerCase(Locale.ROOT);
    }

    /** The column name in CSV/XLSX/JSON files: the store column, but USD in dollars. */
    public String fileColumn() {
        return this == EXPORT_PRICE_USD ? "export_price_usd" : column;
    }

    public static Optional<ProductField> byFileColumn(String name) {
        return Arrays.stream(values()).filter(f -> f.fileColumn().equals(name)).findFirst();
    }

    public static List<String> columns() {
        return Arrays.stream(values()).map(ProductField::column).toList();
    }
}
