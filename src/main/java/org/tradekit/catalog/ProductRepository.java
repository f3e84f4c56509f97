package org.tradekit.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradekit.store.Database;
import org.tradekit.store.FieldVersions;
import org.tradekit.store.RowMapper;
import org.tradekit.store.Select;
import org.tradekit.store.WriteTx;

/** Reads products. Writes go through {@link CatalogService} and the store's change-logged API. */
public final class ProductRepository {
    static final String ROW_COLUMNS = "p.id, p.sku, p.name_vi, p.name_en, p.category, p.ocop_stars, "
            + "p.ocop_expiry_date, p.price_vnd, p.gtin, p.primary_photo, p.status";
    static final String ALIVE = "p._cl % 2 = 1";

    private final Database db;

    public ProductRepository(Database db) {
        this.db = db;
    }

    public Optional<Product> find(String id) {
        return db.read(c -> load(c, id));
    }

    public Optional<String> idBySku(String sku) {
        return db.read(c -> idBySku(c, sku, null));
    }

    public long count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM product p WHERE " + ALIVE);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Every live product in full, in name order, for export. */
    public void forEach(java.util.function.Consumer<Product> sink) {
        db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM product p WHERE " + ALIVE + " ORDER BY p.sku COLLATE NOCASE, p.id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            for (String id : ids) {
                load(c, id).ifPresent(sink);
            }
            return null;
        });
    }

    public List<String> categories() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT category FROM product p WHERE " + ALIVE
                    + " AND category IS NOT NULL ORDER BY category COLLATE NOCASE");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public List<String> certificationSchemes() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT scheme FROM product_certification "
                    + "WHERE _cl % 2 = 1 ORDER BY scheme COLLATE NOCASE"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    static Optional<String> idBySku(Connection c, String sku, String exceptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM product p WHERE sku = ? COLLATE NOCASE AND " + ALIVE
                + " AND id IS NOT ? ORDER BY id LIMIT 1")) {
            ps.setString(1, sku);
            ps.setString(2, exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * The live products with these SKUs (at most 64 is a good batch), read inside a write transaction
     * (so it sees the transaction's own writes): how the importer finds what its rows update, one
     * query for many rows.
     */
    public static Map<String, Product> findBySkus(WriteTx tx, Collection<String> skus) throws SQLException {
        Map<String, Product> out = new java.util.TreeMap<>(java.util.Comparator.comparing(ProductRepository::skuKey));
        if (skus.isEmpty()) {
            return out;
        }
        // INDEXED BY: statistics taken while the catalog was small (PRAGMA optimize on close) make SQLite
        // scan the table instead, and a bulk import grows it within one transaction: quadratic time
        List<String[]> found = tx.query("SELECT sku, min(id) FROM product p INDEXED BY product_sku WHERE sku COLLATE NOCASE IN ("
                + "?, ".repeat(skus.size() - 1) + "?) AND " + ALIVE + " GROUP BY sku COLLATE NOCASE",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, skus.toArray());
        for (String[] skuAndId : found) {
            load(tx::query, skuAndId[1]).ifPresent(p -> out.put(skuAndId[0], p));
        }
        return out;
    }

    /**
     * SKUs that differ only in ASCII case are one product, as the NOCASE index and lookups see
     * them (SQLite folds ASCII only): "TEA-1" and "tea-1" are the same code to people and Excel.
     */
    public static String skuKey(String sku) {
        StringBuilder sb = new StringBuilder(sku.length());
        for (int i = 0; i < sku.length(); i++) {
            char ch = sku.charAt(i);
            sb.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
        }
        return sb.toString();
    }

    private record Fields(EnumMap<ProductField, Object> values, Map<String, Long> seen) {
    }

    static Optional<Product> load(Connection c, String id) throws SQLException {
        return load(Select.on(c), id);
    }

    static Optional<Product> load(Select s, String id) throws SQLException {
        List<Fields> found = s.list("SELECT _hlc, _versions, " + String.join(", ", ProductField.columns())
                + " FROM product p WHERE id = ? AND " + ALIVE, rs -> {
                    EnumMap<ProductField, Object> values = new EnumMap<>(ProductField.class);
                    Map<String, Long> seen = new HashMap<>();
                    long created = rs.getLong(1);
                    Map<String, Long> versions = FieldVersions.parse(rs.getString(2));
                    int col = 3;
                    for (ProductField f : ProductField.values()) {
                        Object v = read(rs, col++, f.kind());
                        if (v != null) {
                            values.put(f, v);
                        }
                        seen.put(f.column(), versions.getOrDefault(f.column(), created));
                    }
                    return new Fields(values, seen);
                }, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Certification> certs = s.list("SELECT id, scheme, number, expiry_date FROM product_certification "
                + "WHERE product_id = ? AND _cl % 2 = 1 ORDER BY scheme, id",
                rs -> new Certification(rs.getString(1), rs.getString(2), rs.getString(3), date(rs.getString(4))), id);
        List<Translation> translations = s.list("SELECT id, lang, name, description FROM product_translation "
                + "WHERE product_id = ? AND _cl % 2 = 1 ORDER BY lang, id",
                rs -> new Translation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), id);
        List<ProductPhoto> photos = s.list("SELECT id, sha256, position, caption FROM product_photo "
                + "WHERE product_id = ? AND _cl % 2 = 1 ORDER BY position, id",
                rs -> new ProductPhoto(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)), id);
        Fields f = found.get(0);
        return Optional.of(Product.loaded(id, f.values(), f.seen(), certs, translations, photos));
    }

    static Object read(ResultSet rs, int col, ProductField.Kind kind) throws SQLException {
        Object raw = rs.getObject(col);
        if (raw == null) {
            return null;
        }
        return switch (kind) {
            case TEXT -> raw.toString();
            case INTEGER, VND, USD_CENTS -> ((Number) raw).longValue();
            case DECIMAL -> ((Number) raw).doubleValue();
            case DATE -> LocalDate.parse(raw.toString());
        };
    }

    /** Maps {@link #ROW_COLUMNS}, which start after {@code skip} other columns. */
    static ProductRow row(ResultSet rs, int skip) throws SQLException {
        int o = skip;
        Object stars = rs.getObject(o + 6);
        Object price = rs.getObject(o + 8);
        return new ProductRow(rs.getString(o + 1), rs.getString(o + 2), rs.getString(o + 3), rs.getString(o + 4),
                rs.getString(o + 5), stars == null ? null : ((Number) stars).intValue(), date(rs.getString(o + 7)),
                price == null ? null : ((Number) price).longValue(), rs.getString(o + 9), rs.getString(o + 10),
                ProductStatus.of(rs.getString(o + 11)));
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
