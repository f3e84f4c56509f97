package org.tradekit.trace.lineage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tradekit.store.Database;
import org.tradekit.store.RowMapper;
import org.tradekit.trace.Quantities;
import org.tradekit.trace.event.EventBody;
import org.tradekit.trace.event.EventCodec;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.EventTimes;
import org.tradekit.trace.lot.LotStatus;

/**
 * Upstream and downstream of a lot by recursive queries over the lot-to-lot links (retracted events
 * left out), and the deliveries of the lots reached. Each answer is read in one read transaction,
 * so it is consistent while events are being recorded.
 */
public final class LineageService {
    /** The lots reachable from {@code ?} following links down (parent to child) or up. */
    // a second recursive term follows partners' imported events (decision 0012): their input lines to their output lines
    static final String DOWN = "WITH RECURSIVE reach(id) AS (SELECT ? UNION SELECT e.child_id FROM lot_edge e "
            + "JOIN reach r ON e.parent_id = r.id WHERE NOT EXISTS (SELECT 1 FROM event_retraction x WHERE x.event_id = e.event_id) "
            + "UNION SELECT o.lot_id FROM reach r CROSS JOIN trace_external_line i ON i.lot_id = r.id "
            + "CROSS JOIN trace_external_line o ON o.event_id = i.event_id WHERE " + Sql.EXTERNAL_PAIR + ") ";
    static final String UP = "WITH RECURSIVE reach(id) AS (SELECT ? UNION SELECT e.parent_id FROM lot_edge e "
            + "JOIN reach r ON e.child_id = r.id WHERE NOT EXISTS (SELECT 1 FROM event_retraction x WHERE x.event_id = e.event_id) "
            + "UNION SELECT i.lot_id FROM reach r CROSS JOIN trace_external_line o ON o.lot_id = r.id "
            + "CROSS JOIN trace_external_line i ON i.event_id = o.event_id WHERE " + Sql.EXTERNAL_PAIR + ") ";
    /** Links made by partners' events, found from the reach set in either direction. */
    static final String EXTERNAL_DOWN = "SELECT i.lot_id, o.lot_id, i.event_id FROM reach "
            + "CROSS JOIN trace_external_line i ON i.lot_id = reach.id CROSS JOIN trace_external_line o ON o.event_id = i.event_id "
            + "WHERE " + Sql.EXTERNAL_PAIR;
    static final String EXTERNAL_UP = "SELECT i.lot_id, o.lot_id, i.event_id FROM reach "
            + "CROSS JOIN trace_external_line o ON o.lot_id = reach.id CROSS JOIN trace_external_line i ON i.event_id = o.event_id "
            + "WHERE " + Sql.EXTERNAL_PAIR;

    private static final class Sql {
        static final String EXTERNAL_PAIR = "i.role = 'input' AND o.role = 'output' AND o.lot_id IS NOT NULL "
                + "AND i._cl % 2 = 1 AND o._cl % 2 = 1";
    }
    static final String NODE_COLUMNS = "l.id, l.code, l.product_id, p.sku, p.name_vi, p.name_en, l.unit, "
            + "(SELECT coalesce(sum(m.quantity), 0) FROM lot_movement m WHERE m.lot_id = l.id), l.production_date, "
            + "l.member_id, mb.name, l.plot_id, pl.name, l.status";
    // CROSS JOIN fixes the join order: SQLite's planner otherwise scans every lot (or link) and probes the reach set
    static final String NODE_JOINS = "CROSS JOIN lot l ON l.id = reach.id LEFT JOIN product p ON p.id = l.product_id "
            + "LEFT JOIN member mb ON mb.id = l.member_id LEFT JOIN plot pl ON pl.id = l.plot_id";
    private static final String LIVE_LINK = "NOT EXISTS (SELECT 1 FROM event_retraction x WHERE x.event_id = e.event_id)";

    private final Database db;

    public LineageService(Database db) {
        this.db = db;
    }

    /** Where the lot came from, down to the members and plots of the harvests. */
    public LotGraph upstream(String lotId) {
        return db.read(c -> graph(c, UP, lotId, "CROSS JOIN lot_edge e ON e.child_id = reach.id", EXTERNAL_UP));
    }

    /** Everything made from the lot: processing, packing, down to the packs. */
    public LotGraph downstream(String lotId) {
        return db.read(c -> graph(c, DOWN, lotId, "CROSS JOIN lot_edge e ON e.parent_id = reach.id", EXTERNAL_DOWN));
    }

    /** Both directions and the deliveries of everything made from the lot, read consistently. */
    public Lineage lineage(String lotId) {
        return db.read(c -> {
            LotGraph down = graph(c, DOWN, lotId, "CROSS JOIN lot_edge e ON e.parent_id = reach.id", EXTERNAL_DOWN);
            LotGraph up = graph(c, UP, lotId, "CROSS JOIN lot_edge e ON e.child_id = reach.id", EXTERNAL_UP);
            return new Lineage(down.root(), up, down, deliveries(c, lotId));
        });
    }

    /** Everything made from the lot and the deliveries of it all, read consistently; no upstream (what a recall needs). */
    public Lineage downstreamLineage(String lotId) {
        return db.read(c -> {
            LotGraph down = graph(c, DOWN, lotId, "CROSS JOIN lot_edge e ON e.parent_id = reach.id", EXTERNAL_DOWN);
            LotGraph none = new LotGraph(lotId, Map.of(lotId, down.root()), List.of());
            return new Lineage(down.root(), none, down, deliveries(c, lotId));
        });
    }

    /** Shipments and sales of the lot and of everything made from it, oldest first. */
    public List<Delivery> deliveries(String lotId) {
        return db.read(c -> deliveries(c, lotId));
    }

    private static LotGraph graph(Connection c, String reach, String lotId, String linkJoin, String externalLinks)
            throws SQLException {
        Map<String, LotNode> nodes = new LinkedHashMap<>();
        try (var ps = c.prepareStatement(reach + "SELECT " + NODE_COLUMNS + " FROM reach " + NODE_JOINS)) {
            for (LotNode n : RowMapper.list(ps, LineageService::node, lotId)) {
                nodes.put(n.lotId(), n);
            }
        }
        if (!nodes.containsKey(lotId)) {
            throw new org.tradekit.trace.TraceException("trace.error.lotMissing", lotId);
        }
        List<LotLink> links;
        try (var ps = c.prepareStatement(reach + "SELECT e.parent_id, e.child_id, e.event_id, e.step FROM reach "
                + linkJoin + " WHERE " + LIVE_LINK)) {
            links = RowMapper.list(ps, rs -> new LotLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                    lotId);
        }
        try (var ps = c.prepareStatement(reach + externalLinks)) {
            links = new ArrayList<>(links);
            links.addAll(RowMapper.list(ps, rs -> LotLink.external(rs.getString(1), rs.getString(2), rs.getString(3)), lotId));
        }
        return new LotGraph(lotId, nodes, links);
    }

    private static List<Delivery> deliveries(Connection c, String lotId) throws SQLException {
        List<Delivery> out = new ArrayList<>();
        try (var ps = c.prepareStatement(DOWN + "SELECT m.event_id, m.party_type, m.party_name, m.lot_id, l.code, p.sku, "
                + "p.name_vi, -m.quantity, l.unit, ev.body FROM reach CROSS JOIN lot_movement m ON m.lot_id = reach.id "
                + "CROSS JOIN lot l ON l.id = m.lot_id LEFT JOIN product p ON p.id = l.product_id "
                + "CROSS JOIN trace_event ev ON ev.id = m.event_id WHERE m.role IN ('shipped', 'sold') "
                + "AND NOT EXISTS (SELECT 1 FROM event_retraction x WHERE x.event_id = m.event_id)")) {
            ps.setString(1, lotId);
            java.util.Map<String, EventBody> bodies = new java.util.HashMap<>(); // a shipment of 50 packs is one body
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EventBody body = bodies.get(rs.getString(1));
                    if (body == null) {
                        body = EventCodec.read(rs.getBytes(10));
                        bodies.put(rs.getString(1), body);
                    }
                    out.add(new Delivery(rs.getString(1), EventKind.of(body.kind()), EventTimes.parse(body.time()),
                            rs.getString(2), rs.getString(3), body.documents(), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), Quantities.ofMilli(rs.getLong(8)), rs.getString(9)));
                }
            }
        }
        out.sort(Comparator.comparing((Delivery d) -> d.time().toInstant()).thenComparing(Delivery::eventId)
                .thenComparing(Delivery::lotCode, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    static LotNode node(ResultSet rs) throws SQLException {
        String date = rs.getString(9);
        return new LotNode(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Quantities.ofMilli(rs.getLong(8)),
                date == null ? null : java.time.LocalDate.parse(date), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), LotStatus.of(rs.getString(14)));
    }
}
