package org.tradekit.catalog;

import java.time.LocalDate;

/** A product as one line of the catalog table or of search results: what a list needs, no more. */
public record ProductRow(String id, String sku, String nameVi, String nameEn, String category, Integer ocopStars,
        LocalDate ocopExpiry, Long priceVnd, String gtin, String primaryPhoto, ProductStatus status) {

    public Ocop.State ocopState(LocalDate today) {
        return Ocop.state(ocopStars, ocopExpiry, today);
    }
}
