package org.tradekit.trace.exchange;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.tradekit.gs1.Gtin;
import org.tradekit.gs1.ProductLink;
import org.tradekit.store.Database;
import org.tradekit.trace.TraceException;
import org.tradekit.trace.epcis.EpcisIds;

/**
 * The EPCIS class-level id of a lot: the identity it came with from a partner's document, else the
 * canonical Digital Link of its product's GTIN and lot code, else the cooperative's fallback link
 * (decision 0008). Ids are kept in a bounded cache: an export names the same lots again and again,
 * but a large one must not hold every lot.
 */
final class LotClassIds {
    private static final int CACHE = 20_000;

    private final Database db;
    private final String domain;
    private final Map<String, String> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE;
        }
    };

    LotClassIds(Database db, String domain) {
        this.db = db;
        this.domain = domain;
    }

    String of(String lotId) {
        String id = cache.get(lotId);
        if (id == null) {
            id = load(lotId);
            cache.put(lotId, id);
        }
        return id;
    }

    private String load(String lotId) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT l.code, l.epc_class, p.gtin, p.sku, l.product_id FROM lot l "
                    + "LEFT JOIN product p ON p.id = l.product_id WHERE l.id = ?")) {
                ps.setString(1, lotId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new TraceException("trace.error.lotMissing", lotId);
                    }
                    if (rs.getString(2) != null) {
                        return rs.getString(2);
                    }
                    return EpcisIds.lotClass(link(rs.getString(3), rs.getString(4), rs.getString(5), domain)
                            .withLot(rs.getString(1)));
                }
            }
        });
    }

    /** The product part of a lot's link: its GTIN when valid, else its SKU (or id) under the fallback path. */
    static ProductLink link(String gtin, String sku, String productId, String domain) {
        if (gtin != null && Gtin.isValid(gtin)) {
            return ProductLink.of(domain, Gtin.parse(gtin));
        }
        if (domain == null) {
            throw new TraceException("trace.io.error.noDomain");
        }
        return ProductLink.ofProductCode(domain, ProductLink.isLinkableCode(sku) ? sku : productId);
    }
}
