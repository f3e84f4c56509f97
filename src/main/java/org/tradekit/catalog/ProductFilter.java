package org.tradekit.catalog;

import java.util.Set;

/**
 * What the catalog list shows: a search text (any characters), and optional filters. An empty
 * set of stars means any; {@code status} null means any; {@code ocopAttention} keeps products
 * whose OCOP recognition has expired or expires soon.
 */
public record ProductFilter(String query, String category, Set<Integer> stars, String certification,
        ProductStatus status, boolean ocopAttention) {

    public ProductFilter {
        stars = stars == null ? Set.of() : Set.copyOf(stars);
    }

    public static ProductFilter all() {
        return new ProductFilter("", null, Set.of(), null, null, false);
    }

    public static ProductFilter query(String q) {
        return new ProductFilter(q, null, Set.of(), null, null, false);
    }

    public ProductFilter withQuery(String q) {
        return new ProductFilter(q, category, stars, certification, status, ocopAttention);
    }

    public boolean hasQuery() {
        return query != null && !query.isBlank();
    }
}
