package org.tradekit.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tradekit.store.Database;

/**
 * Finds products as the user types: SKU, names, place and codes, marks and case ignored, đ folded
 * to d, any characters accepted. Results come in tiers, each from an index, so a search stays
 * fast however many products match:
 * <ol>
 * <li>exact SKU or GTIN;</li>
 * <li>a name equal to the query (folded words);</li>
 * <li>names that start with the query, alphabetically;</li>
 * <li>other full-text matches: ranked by BM25 when few enough to rank all of them cheaply,
 *     otherwise name matches before matches elsewhere.</li>
 * </ol>
 */
public final class ProductSearch {
    /** Column weights: SKU, names, category/place/codes, descriptions. */
    private static final String BM25 = "bm25(product_fts, 8.0, 4.0, 1.5, 0.5)";
    /** Up to this many full-text matches are ranked by BM25 (about 1 µs each). */
    static final int RANK_ALL_UP_TO = 2_000;

    private final Database db;

    public ProductSearch(Database db) {
        this.db = db;
    }

    public List<ProductRow> search(ProductFilter filter, int limit, LocalDate today) {
        return db.read(c -> search(c, filter, limit, today));
    }

    static List<ProductRow> search(Connection c, ProductFilter filter, int limit, LocalDate today) throws SQLException {
        List<Object> filterParams = new ArrayList<>();
        String where = filters(filter, today, filterParams);
        if (!filter.hasQuery()) {
            return rows(c, "SELECT " + ProductRepository.ROW_COLUMNS + " FROM product p WHERE " + where
                    + " ORDER BY p.name_key_vi, p.name_key_en, p.id" + (limit > 0 ? " LIMIT " + limit : ""),
                    filterParams);
        }
        int want = limit > 0 ? limit : 1_000;
        Tiers tiers = new Tiers(c, filterParams, want);
        String code = filter.query().strip();
        // two lookups, not one OR: SQLite 3.54 plans "sku = ? OR gtin = ?" as a full scan
        tiers.add("SELECT p.rk FROM product p WHERE p.sku = ? COLLATE NOCASE AND " + where + " LIMIT 20", code);
        tiers.add("SELECT p.rk FROM product p WHERE p.gtin = ? AND " + where + " LIMIT 20",
                code.replace(" ", "").replace("-", ""));
        SearchQuery q = SearchQuery.of(filter.query());
        if (!q.isEmpty()) {
            String phrase = q.phrase();
            for (String key : List.of("p.name_key_vi", "p.name_key_en")) {
                tiers.add("SELECT p.rk FROM product p WHERE " + key + " = ? AND " + where + " LIMIT " + want, phrase);
            }
            String upper = phrase + Character.MAX_VALUE;
            for (String key : List.of("p.name_key_vi", "p.name_key_en")) {
                tiers.add("SELECT p.rk FROM product p WHERE " + key + " > ? AND " + key + " < ? AND " + where
                        + " ORDER BY " + key + " LIMIT " + want, phrase, upper);
            }
            String fts = "SELECT p.rk FROM product_fts JOIN product p ON p.rk = product_fts.rowid "
                    + "WHERE product_fts MATCH ? AND " + where;
            if (countUpTo(c, q.match(), RANK_ALL_UP_TO + 1) <= RANK_ALL_UP_TO) {
                tiers.add(fts + " ORDER BY " + BM25 + " LIMIT " + want, q.match());
            } else {
                tiers.add(fts + " LIMIT " + want, "{fts_names} : " + q.match());
                tiers.add(fts + " LIMIT " + want, q.match());
            }
        }
        return tiers.rows();
    }

    /** Collects row keys tier by tier, without duplicates, until enough; then loads those rows in order. */
    private static final class Tiers {
        private final Connection c;
        private final List<Object> filterParams;
        private final int want;
        private final Set<Long> keys = new LinkedHashSet<>();

        Tiers(Connection c, List<Object> filterParams, int want) {
            this.c = c;
            this.filterParams = filterParams;
            this.want = want;
        }

        /**
         * Runs a tier's query. Every tier ends with the filter clause (then ORDER BY/LIMIT with no
         * parameters), so its own parameters come first and the filters' after them.
         */
        void add(String sql, Object... params) throws SQLException {
            if (keys.size() >= want) {
                return;
            }
            List<Object> all = new ArrayList<>(List.of(params));
            all.addAll(filterParams);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && keys.size() < want) {
                        keys.add(rs.getLong(1));
                    }
                }
            }
        }

        List<ProductRow> rows() throws SQLException {
            if (keys.isEmpty()) {
                return new ArrayList<>();
            }
            Map<Long, ProductRow> byKey = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.rk, " + ProductRepository.ROW_COLUMNS
                    + " FROM product p WHERE p.rk IN (" + "?,".repeat(keys.size() - 1) + "?)")) {
                bind(ps, new ArrayList<>(keys));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byKey.put(rs.getLong(1), ProductRepository.row(rs, 1));
                    }
                }
            }
            List<ProductRow> out = new ArrayList<>();
            for (Long k : keys) {
                ProductRow r = byKey.get(k);
                if (r != null) {
                    out.add(r);
                }
            }
            return out;
        }
    }

    /** How many rows match, counting no further than {@code cap}: cheap even when thousands match. */
    private static int countUpTo(Connection c, String match, int cap) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM (SELECT 1 FROM product_fts WHERE product_fts MATCH ? LIMIT ?)")) {
            ps.setString(1, match);
            ps.setInt(2, cap);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String filters(ProductFilter f, LocalDate today, List<Object> params) {
        StringBuilder w = new StringBuilder(ProductRepository.ALIVE);
        if (f.category() != null) {
            w.append(" AND p.category = ?");
            params.add(f.category());
        }
        if (!f.stars().isEmpty()) {
            w.append(" AND p.ocop_stars IN (").append("?,".repeat(f.stars().size() - 1)).append("?)");
            params.addAll(f.stars());
        }
        if (f.status() != null) {
            w.append(" AND p.status = ?");
            params.add(f.status().code());
        }
        if (f.certification() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM product_certification pc WHERE pc.product_id = p.id "
                    + "AND pc._cl % 2 = 1 AND pc.scheme = ?)");
            params.add(f.certification());
        }
        if (f.ocopAttention()) {
            w.append(" AND p.ocop_stars IS NOT NULL AND p.ocop_expiry_date <= ?");
            params.add(today.plusDays(Ocop.SOON_DAYS).toString());
        }
        return w.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static List<ProductRow> rows(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<ProductRow> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(ProductRepository.row(rs, 0));
                }
                return out;
            }
        }
    }
}
