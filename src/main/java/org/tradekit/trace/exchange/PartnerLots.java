package org.tradekit.trace.exchange;

import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradekit.gs1.Gs1Exception;
import org.tradekit.gs1.Gtin;
import org.tradekit.gs1.PercentEncoding;
import org.tradekit.gs1.ProductLink;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;
import org.tradekit.trace.epcis.EpcisIds;
import org.tradekit.trace.lot.LotEntities;
import org.tradekit.trace.lot.LotStatus;

/**
 * Finds, inside an import's transaction, the lot a partner's class-level id names: a lot of our
 * product with that GTIN (or fallback product code) and lot code, else a lot an earlier import made
 * for that id; else makes an external lot (product when we know it, the id kept in
 * {@code epc_class} so the next import finds it). Ids that are not lots (SGTINs, patterns) give none.
 */
final class PartnerLots {
    private final WriteTx tx;
    private final Clock clock;
    private final String sender;
    private final ProductsByLink products;
    private final Map<String, Optional<String>> known = new HashMap<>();
    int created;

    PartnerLots(WriteTx tx, Clock clock, String sender) {
        this.tx = tx;
        this.clock = clock;
        this.sender = sender;
        this.products = ProductsByLink.in(tx);
    }

    /** The lot of a class-level id, made when unknown; empty when the id names no lot. */
    Optional<String> lot(String epcClass, String uom) throws SQLException {
        Optional<String> found = known.get(epcClass);
        if (found == null) {
            found = resolve(epcClass, uom);
            known.put(epcClass, found);
        }
        return found;
    }

    /** GTIN (or product code) and lot code of a class id; null when it is not a lot class. */
    static ProductLink parse(String epcClass, Clock clock) {
        if (epcClass.startsWith("urn:epc:class:lgtin:")) {
            String[] p = epcClass.substring("urn:epc:class:lgtin:".length()).split("\\.", 3);
            if (p.length != 3 || !p[0].matches("\\d{6,12}") || !p[1].matches("\\d+") || p[0].length() + p[1].length() != 13) {
                return null;
            }
            String body = p[1].charAt(0) + p[0] + p[1].substring(1);
            try {
                return ProductLink.of(null, Gtin.withCheckDigit(body)).withLot(PercentEncoding.unescape(p[2], false).orElse(p[2]));
            } catch (Gs1Exception | IllegalArgumentException e) {
                return null;
            }
        }
        if (epcClass.startsWith("http://") || epcClass.startsWith("https://")) {
            try {
                ProductLink link = ProductLink.parse(epcClass, clock);
                return link.lot() == null ? null : link;
            } catch (Gs1Exception | IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private Optional<String> resolve(String epcClass, String uom) throws SQLException {
        ProductLink link = parse(epcClass, clock);
        if (link == null) {
            return Optional.empty();
        }
        String key = link.gtin() != null ? EpcisIds.lotClass(link) : epcClass; // one form for lgtin and Digital Link
        String productId = product(link);
        if (productId != null) {
            List<String> ids = tx.query("SELECT id FROM lot WHERE product_id = ? AND code = ? AND _cl % 2 = 1 ORDER BY id LIMIT 1",
                    rs -> rs.getString(1), productId, link.lot());
            if (!ids.isEmpty()) {
                return Optional.of(ids.get(0));
            }
        }
        List<String> ids = tx.query("SELECT id FROM lot WHERE epc_class = ? AND _cl % 2 = 1 ORDER BY id LIMIT 1",
                rs -> rs.getString(1), key);
        if (!ids.isEmpty()) {
            return Optional.of(ids.get(0));
        }
        String id = Uuid7.next();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("product_id", productId);
        v.put("code", link.lot());
        v.put("unit", UnitCodes.unit(uom));
        v.put("status", LotStatus.ACTIVE.code());
        v.put("supplier_name", sender);
        v.put("supplier_lot", link.lot());
        v.put("epc_class", key);
        tx.insert(LotEntities.LOT, id, v);
        created++;
        return Optional.of(id);
    }

    private String product(ProductLink link) throws SQLException {
        return products.productId(link);
    }
}
