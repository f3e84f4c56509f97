package org.tradekit.trace.event;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tradekit.store.WriteTx;
import org.tradekit.trace.Quantities;
import org.tradekit.trace.TraceException;
import org.tradekit.trace.lot.Lot;

/**
 * The lots one batch of events touches, with their stock as the batch changes it. A lot is read
 * from the database the first time the batch needs it; lots the batch makes start empty. Bulk
 * writers then ask the database once per lot, not once per movement.
 */
final class LotLedger {
    record LotState(String id, String code, String productId, String unit, long stock) {
        LotState plus(long delta) {
            return new LotState(id, code, productId, unit, stock + delta);
        }
    }

    private final WriteTx tx;
    private final Map<String, LotState> lots = new HashMap<>();

    LotLedger(WriteTx tx) {
        this.tx = tx;
    }

    /** A live lot; refused when the lot does not exist or was deleted. */
    LotState get(String lotId) throws SQLException {
        LotState s = lots.get(lotId);
        if (s == null) {
            List<LotState> found = tx.query("SELECT l.code, l.product_id, l.unit, "
                    + "(SELECT coalesce(sum(m.quantity), 0) FROM lot_movement m WHERE m.lot_id = l.id) "
                    + "FROM lot l WHERE l.id = ? AND l._cl % 2 = 1",
                    rs -> new LotState(lotId, rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), lotId);
            if (found.isEmpty()) {
                throw new TraceException("trace.error.lotMissing", lotId);
            }
            s = found.get(0);
            lots.put(lotId, s);
        }
        return s;
    }

    void made(Lot lot) {
        lots.put(lot.id(), new LotState(lot.id(), lot.code(), lot.productId(), lot.unit(), 0));
    }

    /** The product's name for a message (only asked when something is refused). */
    String productName(LotState s) throws SQLException {
        List<String> name = tx.query("SELECT coalesce(name_vi, name_en, sku, '') FROM product WHERE id = ?",
                rs -> rs.getString(1), s.productId());
        return name.isEmpty() ? "" : name.get(0);
    }

    /**
     * Applies an event's movements, all or none: refused when a lot would hold less than nothing.
     *
     * @param undoing true for the reversal of a declared event (the message then says a later event used the lot)
     */
    void apply(List<EventProjection.Movement> moves, boolean undoing) throws SQLException {
        Map<String, Long> delta = new HashMap<>();
        for (EventProjection.Movement m : moves) {
            delta.merge(m.lotId(), m.quantity(), Long::sum);
        }
        for (var e : delta.entrySet()) {
            LotState s = get(e.getKey());
            if (s.stock() + e.getValue() < 0) {
                if (undoing) {
                    throw new TraceException("trace.error.correctionUsedLater", s.code(), productName(s));
                }
                throw new TraceException("trace.error.notEnoughStock", s.code(), productName(s),
                        Quantities.ofMilli(s.stock()).toPlainString(), Quantities.ofMilli(-e.getValue()).toPlainString(),
                        s.unit());
            }
        }
        for (var e : delta.entrySet()) {
            lots.put(e.getKey(), lots.get(e.getKey()).plus(e.getValue()));
        }
    }
}
