package org.tradekit.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tradekit.store.Database;

/**
 * Finds products as the user types: full-text over SKU, names, place and codes, marks and case
 * ignored, đ folded to d, any characters accepted. Exact matches (SKU, GTIN, whole name) come
 * first, then names that start with the query, then the rest by relevance (BM25).
 */
public final class ProductSearch {
    /** Column weights: SKU, names, category/place/codes, descriptions. */
    private static final String BM25 = "bm25(product_fts, 8.0, 4.0, 1.5, 0.5)";

    private final Database db;

    public ProductSearch(Database db) {
        this.db = db;
    }

    public List<ProductRow> search(ProductFilter filter, int limit, LocalDate today) {
        return db.read(c -> search(c, filter, limit, today));
    }

    static List<ProductRow> search(Connection c, ProductFilter filter, int limit, LocalDate today) throws SQLException {
        SearchQuery q = SearchQuery.of(filter.query());
        List<Object> params = new ArrayList<>();
        String where = filters(filter, today, params);
        if (!filter.hasQuery()) {
            String sql = "SELECT " + ProductRepository.ROW_COLUMNS + " FROM product p WHERE " + where
                    + " ORDER BY coalesce(p.name_vi, p.name_en) COLLATE NOCASE, p.id" + (limit > 0 ? " LIMIT " + limit : "");
            return rows(c, sql, params);
        }
        Map<String, ProductRow> out = new LinkedHashMap<>();
        // exact codes first: an index lookup, whatever their text rank
        List<Object> exactParams = new ArrayList<>(params);
        String code = filter.query().strip();
        exactParams.add(code);
        exactParams.add(code.replace(" ", "").replace("-", ""));
        for (ProductRow r : rows(c, "SELECT " + ProductRepository.ROW_COLUMNS + " FROM product p WHERE " + where
                + " AND (p.sku = ? COLLATE NOCASE OR p.gtin = ?) LIMIT 20", exactParams)) {
            out.put(r.id(), r);
        }
        if (q.isEmpty()) { // only punctuation typed: nothing but an exact code can match
            return new ArrayList<>(out.values());
        }
        int candidates = Math.max(200, limit * 4);
        List<Object> ftsParams = new ArrayList<>();
        ftsParams.add(q.match());
        ftsParams.addAll(params);
        List<ProductRow> ranked = rows(c, "SELECT " + ProductRepository.ROW_COLUMNS + " FROM product_fts "
                + "JOIN product p ON p.rk = product_fts.rowid WHERE product_fts MATCH ? AND " + where
                + " ORDER BY " + BM25 + " LIMIT " + candidates, ftsParams);
        String phrase = q.phrase();
        List<ProductRow> reordered = new ArrayList<>(ranked);
        reordered.sort(Comparator.comparingInt(r -> closeness(r, phrase))); // stable: BM25 order within a tier
        for (ProductRow r : reordered) {
            out.putIfAbsent(r.id(), r);
        }
        List<ProductRow> list = new ArrayList<>(out.values());
        return limit > 0 && list.size() > limit ? list.subList(0, limit) : list;
    }

    /** 0 for a whole-name match, 1 when a name starts with the query, 2 otherwise. */
    static int closeness(ProductRow r, String phrase) {
        String vi = words(r.nameVi());
        String en = words(r.nameEn());
        if (vi.equals(phrase) || en.equals(phrase)) {
            return 0;
        }
        return vi.startsWith(phrase) || en.startsWith(phrase) ? 1 : 2;
    }

    private static String words(String name) {
        return name == null ? "" : SearchQuery.of(name).phrase();
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

    private static List<ProductRow> rows(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<ProductRow> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(ProductRepository.row(rs));
                }
                return out;
            }
        }
    }
}
