package org.tradekit.trace.lot;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.tradekit.gs1.ProductLink;
import org.tradekit.store.Database;
import org.tradekit.store.RowMapper;
import org.tradekit.trace.TraceException;

/**
 * Finds the lot a person pasted, typed or scanned: a bare lot code, a GS1 Digital Link, Trade
 * Kit's fallback link, or barcode data. A link must point to the cooperative's domain; a link that
 * breaks GS1's rules (a wrong check digit...) or names no known lot is refused in words.
 */
public final class LotLookup {
    private final Database db;
    private final LotRepository lots;
    private final Supplier<String> traceDomain;
    private final Clock clock;

    /** @param traceDomain the cooperative's traceability domain now (null when it has none) */
    public LotLookup(Database db, LotRepository lots, Supplier<String> traceDomain, Clock clock) {
        this.db = db;
        this.lots = lots;
        this.traceDomain = traceDomain;
        this.clock = clock;
    }

    /**
     * @return the lots it names, at least one (a bare code may name lots of several products)
     * @throws org.tradekit.gs1.Gs1Exception when the text is a link or code that breaks GS1's rules or points elsewhere
     * @throws TraceException                when it names no known lot
     */
    public List<LotRow> find(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.isEmpty()) {
            List<LotRow> byCode = lots.withCode(s); // a lot code first: "12345" is a lot here, not a GTIN
            if (!byCode.isEmpty()) {
                return byCode;
            }
        }
        ProductLink link = ProductLink.parse(s, traceDomain.get(), clock);
        if (link.lot() == null) {
            throw new TraceException("trace.ui.scan.noLot");
        }
        String product = link.gtin() != null ? link.gtin().gtin14() : link.productCode();
        String productId = link.gtin() != null ? productByGtin(link.gtin().gtin14()) : productBySku(link.productCode());
        if (productId == null) {
            throw new TraceException("trace.ui.scan.unknownProduct", product);
        }
        return lots.find(productId, link.lot()).flatMap(l -> lots.row(l.id())).map(List::of)
                .orElseThrow(() -> new TraceException("trace.ui.scan.unknownLot", link.lot(), product));
    }

    private String productByGtin(String gtin14) {
        String bare = gtin14.replaceFirst("^0+", "");
        return first("SELECT id FROM product WHERE gtin IN (?, ?, ?, ?) AND _cl % 2 = 1 ORDER BY id LIMIT 1", gtin14,
                gtin14.substring(1), bare, "0".repeat(Math.max(0, 12 - bare.length())) + bare);
    }

    /** The fallback link names a product by its SKU, or by its id when the SKU cannot stand in a link. */
    private String productBySku(String code) {
        return first("SELECT id FROM product WHERE (sku = ? OR id = ?) AND _cl % 2 = 1 ORDER BY id LIMIT 1", code, code);
    }

    private String first(String sql, Object... args) {
        return db.read(c -> {
            try (var ps = c.prepareStatement(sql)) {
                List<String> ids = RowMapper.list(ps, rs -> rs.getString(1), args);
                return ids.isEmpty() ? null : ids.get(0);
            }
        });
    }
}
