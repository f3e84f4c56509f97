package org.tradekit.catalog.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.Translation;

/**
 * The columns of a CSV or XLSX export, with canonical headers: the main ones first (sku, names,
 * category, stars, GTIN, quantity, prices, ...), then certifications and descriptions, the other
 * fields, and a name and description column for each further language in the catalog. Values are
 * typed (text, whole numbers, decimals, dates) so each format writes them its own way.
 */
final class ExportColumns {
    private static final List<ProductField> FIRST = List.of(ProductField.SKU, ProductField.NAME_VI,
            ProductField.NAME_EN, ProductField.CATEGORY, ProductField.OCOP_STARS, ProductField.GTIN,
            ProductField.NET_QUANTITY, ProductField.UNIT, ProductField.PRICE_VND, ProductField.WHOLESALE_PRICE_VND,
            ProductField.EXPORT_PRICE_USD, ProductField.MOQ, ProductField.HS_CODE, ProductField.PROVINCE,
            ProductField.SHELF_LIFE_DAYS);
    private static final List<ProductField> AFTER_CERTIFICATIONS = List.of(ProductField.DESCRIPTION_VI,
            ProductField.DESCRIPTION_EN);

    private ExportColumns() {
    }

    static List<ColumnTarget> of(List<String> languages) {
        List<ColumnTarget> out = new ArrayList<>();
        Set<ProductField> rest = EnumSet.allOf(ProductField.class);
        for (ProductField f : FIRST) {
            out.add(ColumnTarget.field(f));
            rest.remove(f);
        }
        out.add(ColumnTarget.CERTIFICATIONS);
        for (ProductField f : AFTER_CERTIFICATIONS) {
            out.add(ColumnTarget.field(f));
            rest.remove(f);
        }
        rest.forEach(f -> out.add(ColumnTarget.field(f)));
        for (String lang : languages) {
            out.add(ColumnTarget.translatedName(lang));
            out.add(ColumnTarget.translatedDescription(lang));
        }
        return out;
    }

    /** The value a column holds for a product: String, Long, BigDecimal, LocalDate or null. */
    static Object value(Product p, ColumnTarget column) {
        return switch (column.kind()) {
            case FIELD -> fieldValue(p, column.field());
            case CERTIFICATIONS -> p.certifications().isEmpty() ? null : CertificationCell.format(p.certifications());
            case TRANSLATED_NAME -> translation(p, column.lang()) == null ? null : translation(p, column.lang()).name();
            case TRANSLATED_DESCRIPTION -> translation(p, column.lang()) == null ? null
                    : translation(p, column.lang()).description();
            default -> null;
        };
    }

    static Object fieldValue(Product p, ProductField f) {
        Object v = p.get(f);
        if (v == null) {
            return null;
        }
        return switch (f.kind()) {
            case DECIMAL -> BigDecimal.valueOf((Double) v);
            case USD_CENTS -> BigDecimal.valueOf((Long) v, 2);
            default -> v;
        };
    }

    private static Translation translation(Product p, String lang) {
        return p.translations().stream().filter(t -> t.lang().equals(lang)).findFirst().orElse(null);
    }

    /** A value as CSV text that the importer reads back exactly. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return Numbers.canonical(d);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value.toString();
    }
}
