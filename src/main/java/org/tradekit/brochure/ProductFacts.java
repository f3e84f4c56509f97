package org.tradekit.brochure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.tradekit.catalog.Certification;
import org.tradekit.catalog.Ocop;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.i18n.Formats;

/**
 * The export-relevant facts of a product as label/value rows in the document's language. OCOP stars
 * appear only while the recognition is valid, expired certifications not at all: a brochure must not
 * claim what no longer holds on the day it is made.
 */
final class ProductFacts {
    /** One row of a spec table. */
    record Fact(String label, String value) {
    }

    private final DocumentWords words;
    private final Formats formats;
    private final LocalDate today;
    private final boolean exportPrice;

    ProductFacts(DocumentWords words, LocalDate today, boolean exportPrice) {
        this.words = words;
        this.formats = new Formats(words.language().locale());
        this.today = today;
        this.exportPrice = exportPrice;
    }

    /** Everything an importer asks for: the spec sheet. */
    List<Fact> all(Product p) {
        List<Fact> out = new ArrayList<>();
        add(out, "doc.field.sku", p.sku());
        add(out, "doc.field.gtin", p.text(ProductField.GTIN));
        out.addAll(key(p));
        add(out, "doc.field.storage", words.language() == DocumentLanguage.VI ? p.text(ProductField.STORAGE_VI)
                : first(p.text(ProductField.STORAGE_EN), p.text(ProductField.STORAGE_VI)));
        add(out, "doc.field.origin", origin(p));
        return out;
    }

    /** The few facts a catalogue shows under each product. */
    List<Fact> key(Product p) {
        List<Fact> out = new ArrayList<>();
        Object qty = p.get(ProductField.NET_QUANTITY);
        if (qty instanceof Number n) {
            String unit = p.text(ProductField.UNIT);
            add(out, "doc.field.netQuantity", formats.number(n.doubleValue()) + (unit == null ? "" : " " + unit));
        }
        add(out, "doc.field.packaging", p.text(ProductField.PACKAGING));
        Long days = p.whole(ProductField.SHELF_LIFE_DAYS);
        if (days != null) {
            add(out, "doc.field.shelfLife", words.get("doc.unit.days", formats.integer(days)));
        }
        String certs = certifications(p);
        add(out, "doc.field.certifications", certs.isEmpty() ? null : certs);
        Ocop.State ocop = p.ocopState(today);
        if (ocop == Ocop.State.VALID || ocop == Ocop.State.EXPIRING) {
            LocalDate until = p.date(ProductField.OCOP_EXPIRY_DATE);
            add(out, "doc.field.ocop", until == null ? words.get("doc.ocop.starsOnly", formats.integer(p.ocopStars()))
                    : words.get("doc.ocop.stars", formats.integer(p.ocopStars()), formats.date(until)));
        }
        add(out, "doc.field.hsCode", p.text(ProductField.HS_CODE));
        Long moq = p.whole(ProductField.MOQ);
        if (moq != null) {
            add(out, "doc.field.moq", words.get("doc.unit.units", formats.integer(moq)));
        }
        Long usd = p.whole(ProductField.EXPORT_PRICE_USD);
        if (exportPrice && usd != null) {
            add(out, "doc.field.exportPrice", formats.usdCents(usd));
        }
        return out;
    }

    /** The certifications still valid today, "VietGAP 123, Organic". */
    String certifications(Product p) {
        return p.certifications().stream().filter(c -> !c.expiredOn(today))
                .map(c -> c.number() == null ? c.scheme() : c.scheme() + " " + c.number()).collect(Collectors.joining(", "));
    }

    static List<Certification> valid(Product p, LocalDate today) {
        return p.certifications().stream().filter(c -> !c.expiredOn(today)).toList();
    }

    private String origin(Product p) {
        String commune = p.text(ProductField.COMMUNE);
        String province = p.text(ProductField.PROVINCE);
        String place = commune == null ? province : province == null ? commune : commune + ", " + province;
        return place == null ? null : place + ", " + words.get("doc.country");
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private void add(List<Fact> out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new Fact(words.get(key), value));
        }
    }
}
