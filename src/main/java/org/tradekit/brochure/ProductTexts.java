package org.tradekit.brochure;

import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.Translation;

/**
 * A product's name and description in the document's language: Vietnamese and English from the
 * catalog's columns, Chinese, Korean and Japanese from its translations. Where the language has none
 * the English text is used (Vietnamese for an English document) and {@code marker} says so on the page.
 *
 * @param marker the visible note after the name ("(English)" in the document's language), or null
 */
record ProductTexts(String name, String description, String marker) {

    static ProductTexts of(Product p, DocumentWords words) {
        DocumentLanguage lang = words.language();
        String name;
        String description;
        switch (lang) {
            case VI -> {
                name = p.nameVi();
                description = p.text(ProductField.DESCRIPTION_VI);
            }
            case EN -> {
                name = p.nameEn();
                description = p.text(ProductField.DESCRIPTION_EN);
            }
            default -> {
                Translation t = p.translations().stream().filter(x -> x.lang().equals(lang.code()) && x.name() != null)
                        .findFirst().orElse(null);
                name = t == null ? null : t.name();
                description = t == null ? null : t.description();
            }
        }
        if (name != null) {
            return new ProductTexts(name, description, null);
        }
        if (lang == DocumentLanguage.EN) {
            return new ProductTexts(p.nameVi(), p.text(ProductField.DESCRIPTION_VI), words.get("doc.fallback.markerVi"));
        }
        String en = p.nameEn() != null ? p.nameEn() : p.nameVi();
        String enDescription = p.nameEn() != null ? p.text(ProductField.DESCRIPTION_EN) : p.text(ProductField.DESCRIPTION_VI);
        return new ProductTexts(en, enDescription, words.get(p.nameEn() != null ? "doc.fallback.marker" : "doc.fallback.markerVi"));
    }

    /** The name with its marker, as printed. */
    String title() {
        return marker == null ? name : name + " " + marker;
    }

    boolean fallback() {
        return marker != null;
    }

    /** True when the product has no name in the document's language (listed before generating). */
    static boolean missing(Product p, DocumentLanguage lang) {
        return p.missingTranslation(lang.code());
    }
}
