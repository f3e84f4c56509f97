package org.tradekit.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.tradekit.gs1.Gtin;

/** The rules a product must meet before it is saved, each broken rule a {@link FieldProblem}. */
public final class ProductValidator {
    public static final Set<String> UNITS = Set.of("g", "kg", "ml", "l", "pcs", "box", "bag", "bottle", "jar", "pack");
    public static final Set<String> OCOP_LEVELS = Set.of("district", "province", "national");
    public static final int MAX_TEXT = 4_000;
    public static final int MAX_SKU = 64;

    private ProductValidator() {
    }

    public static List<FieldProblem> check(Product p) {
        List<FieldProblem> out = new ArrayList<>();
        String sku = p.sku();
        if (sku == null) {
            out.add(FieldProblem.of(ProductField.SKU, "catalog.error.skuRequired"));
        } else if (sku.length() > MAX_SKU || sku.chars().anyMatch(Character::isISOControl)) {
            out.add(FieldProblem.of(ProductField.SKU, "catalog.error.skuInvalid", MAX_SKU));
        }
        if (p.nameVi() == null && p.nameEn() == null) {
            out.add(FieldProblem.of(ProductField.NAME_VI, "catalog.error.nameRequired"));
        }
        for (ProductField f : ProductField.values()) {
            if (f.kind() == ProductField.Kind.TEXT && p.text(f) != null && p.text(f).length() > MAX_TEXT) {
                out.add(FieldProblem.of(f, "catalog.error.tooLong", MAX_TEXT));
            }
        }
        String gtin = p.text(ProductField.GTIN);
        if (gtin != null) {
            Gtin.problem(gtin).ifPresent(problem -> out.add(FieldProblem.of(ProductField.GTIN, gtinKey(problem),
                    gtinExpected(gtin))));
        }
        if (!Ocop.isValidStars(p.ocopStars())) {
            out.add(FieldProblem.of(ProductField.OCOP_STARS, "catalog.error.ocopStars"));
        }
        String level = p.text(ProductField.OCOP_LEVEL);
        if (level != null && !OCOP_LEVELS.contains(level)) {
            out.add(FieldProblem.of(ProductField.OCOP_LEVEL, "catalog.error.ocopLevel"));
        }
        var decision = p.date(ProductField.OCOP_DECISION_DATE);
        var expiry = p.date(ProductField.OCOP_EXPIRY_DATE);
        if (decision != null && expiry != null && expiry.isBefore(decision)) {
            out.add(FieldProblem.of(ProductField.OCOP_EXPIRY_DATE, "catalog.error.expiryBeforeDecision"));
        }
        for (ProductField f : List.of(ProductField.PRICE_VND, ProductField.WHOLESALE_PRICE_VND,
                ProductField.EXPORT_PRICE_USD, ProductField.MOQ, ProductField.SHELF_LIFE_DAYS)) {
            Long v = p.whole(f);
            if (v != null && v < 0) {
                out.add(FieldProblem.of(f, "catalog.error.negative"));
            }
        }
        Object qty = p.get(ProductField.NET_QUANTITY);
        if (qty instanceof Double d && (d <= 0 || d.isNaN() || d.isInfinite())) {
            out.add(FieldProblem.of(ProductField.NET_QUANTITY, "catalog.error.positive"));
        }
        String hs = p.text(ProductField.HS_CODE);
        if (hs != null && !hs.replace(".", "").replace(" ", "").matches("\\d{4,10}")) {
            out.add(FieldProblem.of(ProductField.HS_CODE, "catalog.error.hsCode"));
        }
        for (Certification c : p.certifications()) {
            if (c.scheme() == null || c.scheme().isBlank()) {
                out.add(FieldProblem.of("certifications", "catalog.error.certificationScheme"));
            }
        }
        return out;
    }

    static String gtinKey(Gtin.Problem problem) {
        return switch (problem) {
            case NOT_DIGITS -> "gtin.error.notDigits";
            case LENGTH -> "gtin.error.length";
            case CHECK_DIGIT -> "gtin.error.checkDigit";
        };
    }

    /** For a wrong check digit, the digit that would be right, so the message can say it. */
    static String gtinExpected(String text) {
        String s = Gtin.clean(text);
        if (s.length() < 2 || !s.chars().allMatch(Character::isDigit)) {
            return "";
        }
        return String.valueOf(Gtin.checkDigit(s.substring(0, s.length() - 1)));
    }
}
