package org.tradekit.brochure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to make: the document type and language, the products (by SKU in the order given; empty for
 * every active product), the catalogue's grid, paper, theme, an optional fair on the cover, and for
 * prices the currency (VND or USD), an optional exchange rate (VND per USD) and the validity date.
 *
 * @param exportPrice whether export prices appear in catalogues and spec sheets (price lists always show them)
 * @param usdRate     VND per US dollar to convert prices into the chosen currency; 0 to show each price in its own
 */
public record BrochureRequest(BrochureType type, DocumentLanguage language, List<String> skus, GridLayout layout,
        Paper paper, Theme theme, String fairName, LocalDate fairDate, String currency, long usdRate,
        LocalDate validUntil, boolean exportPrice) {
    public BrochureRequest {
        Objects.requireNonNull(type);
        Objects.requireNonNull(language);
        skus = skus == null ? List.of() : List.copyOf(skus);
        layout = layout == null ? GridLayout.GRID2 : layout;
        paper = paper == null ? Paper.A4 : paper;
        theme = theme == null ? Theme.FOREST : theme;
        currency = currency == null ? "VND" : currency;
    }

    /** The simplest request: every product, A4, the default theme, prices in VND. */
    public static BrochureRequest of(BrochureType type, DocumentLanguage language) {
        return new BrochureRequest(type, language, List.of(), null, null, null, null, null, null, 0, null, false);
    }

    public BrochureRequest withSkus(List<String> list) {
        return new BrochureRequest(type, language, list, layout, paper, theme, fairName, fairDate, currency, usdRate,
                validUntil, exportPrice);
    }

    public BrochureRequest withLayout(GridLayout grid, Paper size, Theme look) {
        return new BrochureRequest(type, language, skus, grid, size, look, fairName, fairDate, currency, usdRate,
                validUntil, exportPrice);
    }

    public BrochureRequest withFair(String name, LocalDate date) {
        return new BrochureRequest(type, language, skus, layout, paper, theme, name, date, currency, usdRate, validUntil,
                exportPrice);
    }

    public BrochureRequest withPrices(String cur, long rate, LocalDate until, boolean export) {
        return new BrochureRequest(type, language, skus, layout, paper, theme, fairName, fairDate, cur, rate, until, export);
    }
}
