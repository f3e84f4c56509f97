package org.tradekit.brochure;

import java.util.List;

import org.tradekit.catalog.Product;

/**
 * What a brochure would hold, known before it is made: the products in order and those that have no
 * name in the document's language (shown in English, marked, if the user goes on).
 */
public record Preflight(BrochureRequest request, List<Product> products, List<Product> missingTranslations) {
    public Preflight {
        products = List.copyOf(products);
        missingTranslations = List.copyOf(missingTranslations);
    }
}
