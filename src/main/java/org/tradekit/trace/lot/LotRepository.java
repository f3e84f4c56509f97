package org.tradekit.trace.lot;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.tradekit.store.Database;
import org.tradekit.store.RowMapper;
import org.tradekit.trace.Quantities;

/** Reads lots; a lot's stock is the sum of its movements. Writes go through {@link LotService} and events. */
public final class LotRepository {
    static final String LOT_COLUMNS = "l.id, l.product_id, l.code, l.production_date, l.best_before, l.expiry_date, "
            + "l.unit, l.member_id, l.plot_id, l.status, l.supplier_name, l.supplier_lot, l.supplier_expiry, l.notes";
    static final String ROW_COLUMNS = "l.id, l.code, l.product_id, p.sku, p.name_vi, p.name_en, "
            + "(SELECT coalesce(sum(m.quantity), 0) FROM lot_movement m WHERE m.lot_id = l.id), l.unit, "
            + "l.production_date, l.best_before, l.expiry_date, l.status";

    private final Database db;

    public LotRepository(Database db) {
        this.db = db;
    }

    public Optional<Lot> find(String id) {
        return one("SELECT " + LOT_COLUMNS + " FROM lot l WHERE l.id = ?", id);
    }

    /** The live lot of a product with this code (codes are unique within a product). */
    public Optional<Lot> find(String productId, String code) {
        return one("SELECT " + LOT_COLUMNS + " FROM lot l WHERE l.product_id = ? AND l.code = ? AND l._cl % 2 = 1 "
                + "ORDER BY l.id LIMIT 1", productId, code);
    }

    /** Live lots with this code, whatever their product (a code typed or scanned without its product). */
    public List<LotRow> withCode(String code) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + ROW_COLUMNS + " FROM lot l LEFT JOIN product p ON p.id = l.product_id "
                    + "WHERE l.code = ? AND l._cl % 2 = 1 ORDER BY p.sku, l.id")) {
                return RowMapper.list(ps, LotRepository::row, code);
            }
        });
    }

    /** Live lots whose code starts with {@code prefix} (exact case), by code: what a lot picker shows as one types. */
    public List<LotRow> startingWith(String prefix, int limit) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + ROW_COLUMNS + " FROM lot l LEFT JOIN product p ON p.id = l.product_id "
                    + "WHERE l.code >= ? AND l.code < ? AND l._cl % 2 = 1 ORDER BY l.code, p.sku LIMIT ?")) {
                return RowMapper.list(ps, LotRepository::row, prefix, prefix + "\uffff", limit);
            }
        });
    }

    public Optional<LotRow> row(String lotId) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + ROW_COLUMNS + " FROM lot l LEFT JOIN product p ON p.id = l.product_id "
                    + "WHERE l.id = ?")) {
                List<LotRow> found = RowMapper.list(ps, LotRepository::row, lotId);
                return found.isEmpty() ? Optional.<LotRow>empty() : Optional.of(found.get(0));
            }
        });
    }

    /** Stock left: the sum of the lot's movements, in the lot's unit. */
    public BigDecimal stock(String lotId) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT coalesce(sum(quantity), 0) FROM lot_movement WHERE lot_id = ?")) {
                ps.setString(1, lotId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Quantities.ofMilli(rs.getLong(1));
                }
            }
        });
    }

    /** Every live lot (of one product when {@code productId} is not null) by product SKU and code, streamed. */
    public void forEach(String productId, Consumer<LotRow> sink) {
        db.read(c -> {
            String sql = "SELECT " + ROW_COLUMNS + " FROM lot l LEFT JOIN product p ON p.id = l.product_id WHERE l._cl % 2 = 1"
                    + (productId == null ? "" : " AND l.product_id = ?") + " ORDER BY p.sku, l.code";
            try (var ps = c.prepareStatement(sql)) {
                if (productId != null) {
                    ps.setString(1, productId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(row(rs));
                    }
                }
            }
            return null;
        });
    }

    public long count() {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM lot WHERE _cl % 2 = 1"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private Optional<Lot> one(String sql, Object... params) {
        return db.read(c -> {
            try (var ps = c.prepareStatement(sql)) {
                List<Lot> found = RowMapper.list(ps, LotRepository::lot, params);
                return found.isEmpty() ? Optional.<Lot>empty() : Optional.of(found.get(0));
            }
        });
    }

    static Lot lot(ResultSet rs) throws SQLException {
        return new Lot(rs.getString(1), rs.getString(2), rs.getString(3), date(rs, 4), date(rs, 5), date(rs, 6),
                rs.getString(7), rs.getString(8), rs.getString(9), LotStatus.of(rs.getString(10)), rs.getString(11),
                rs.getString(12), date(rs, 13), rs.getString(14));
    }

    static LotRow row(ResultSet rs) throws SQLException {
        return new LotRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Quantities.ofMilli(rs.getLong(7)), rs.getString(8), date(rs, 9), date(rs, 10),
                date(rs, 11), LotStatus.of(rs.getString(12)));
    }

    static LocalDate date(ResultSet rs, int col) throws SQLException {
        String s = rs.getString(col);
        return s == null ? null : LocalDate.parse(s);
    }
}
