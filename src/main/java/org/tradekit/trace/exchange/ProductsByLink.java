package org.tradekit.trace.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tradekit.gs1.Gtin;
import org.tradekit.gs1.ProductLink;
import org.tradekit.store.RowMapper;
import org.tradekit.store.WriteTx;

/**
 * Which of our products a link names: by GTIN-14 (a stored GTIN-8/12/13 matches its padded form), or
 * for a fallback link by SKU or id (decision 0008). One rule for resolving a scanned link and for
 * matching a partner's lots on import. The GTIN index is read once per instance: an import asks for
 * many lots, a scan for one.
 */
final class ProductsByLink {
    /** Runs a query in whatever transaction the caller holds. */
    @FunctionalInterface
    interface Query {
        <T> List<T> run(String sql, RowMapper<T> mapper, Object... params) throws SQLException;
    }

    private final Query query;
    private Map<String, String> byGtin14;

    ProductsByLink(Query query) {
        this.query = query;
    }

    static ProductsByLink in(WriteTx tx) {
        return new ProductsByLink(tx::query);
    }

    static ProductsByLink in(Connection c) {
        return new ProductsByLink(new Query() {
            @Override
            public <T> List<T> run(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
                try (var ps = c.prepareStatement(sql)) {
                    return RowMapper.list(ps, mapper, params);
                }
            }
        });
    }

    /** The live product the link names, or null. */
    String productId(ProductLink link) throws SQLException {
        if (link.gtin() != null) {
            if (byGtin14 == null) {
                byGtin14 = new HashMap<>();
                for (String[] row : query.run("SELECT id, gtin FROM product WHERE gtin IS NOT NULL AND _cl % 2 = 1 ORDER BY id",
                        rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                    if (Gtin.isValid(row[1])) {
                        byGtin14.putIfAbsent(Gtin.parse(row[1]).gtin14(), row[0]);
                    }
                }
            }
            return byGtin14.get(link.gtin().gtin14());
        }
        List<String> ids = query.run("SELECT id FROM product WHERE (sku = ? OR id = ?) AND _cl % 2 = 1 ORDER BY id LIMIT 1",
                rs -> rs.getString(1), link.productCode(), link.productCode());
        return ids.isEmpty() ? null : ids.get(0);
    }
}
