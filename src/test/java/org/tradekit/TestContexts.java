package org.tradekit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.tradekit.app.AppContext;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;

/** Real stores for tests: a fresh SQLite file in a temp directory, a fixed day. */
public final class TestContexts {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private TestContexts() {
    }

    public static AppContext open(Path dir) {
        return AppContext.open(dir, CLOCK);
    }

    /** A product as a user would type it. */
    public static Product product(String sku, String nameVi, String nameEn) {
        return Product.draft().with(ProductField.SKU, sku).with(ProductField.NAME_VI, nameVi)
                .with(ProductField.NAME_EN, nameEn);
    }
}
