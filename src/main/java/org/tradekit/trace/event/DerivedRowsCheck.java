package org.tradekit.trace.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tradekit.trace.chain.ChainBreak;
import org.tradekit.trace.chain.ChainVerifier;
import org.tradekit.work.Work;

/**
 * Checks that the rows derived from events still say what the signed bodies say: each event's
 * movements (so every lot's stock), its lot links and retractions. A movement edited outside the
 * app would change a stock without touching any signature; this names the event it belongs to.
 * Events and movements are read in event-id order and merged, links are looked up one by one.
 */
public final class DerivedRowsCheck implements ChainVerifier.Check {
    @Override
    public List<ChainBreak> run(Connection c, Work work) throws SQLException {
        List<ChainBreak> breaks = new ArrayList<>();
        long total = count(c, "SELECT count(*) FROM trace_event");
        long edges = 0;
        Set<String> retractions = new HashSet<>();
        try (PreparedStatement events = c.prepareStatement("SELECT id, device_id, seq, body FROM trace_event ORDER BY id");
                PreparedStatement moves = c.prepareStatement("SELECT event_id, lot_id, role, quantity, party_type, party_name "
                        + "FROM lot_movement ORDER BY event_id");
                PreparedStatement edge = c.prepareStatement(
                        "SELECT 1 FROM lot_edge WHERE parent_id = ? AND child_id = ? AND event_id = ? AND step = ?");
                PreparedStatement declared = c.prepareStatement("SELECT body FROM trace_event WHERE id = ?");
                ResultSet ev = events.executeQuery(); ResultSet mv = moves.executeQuery()) {
            boolean more = mv.next();
            long done = 0;
            while (ev.next()) {
                String id = ev.getString(1);
                List<String> stored = new ArrayList<>();
                while (more && mv.getString(1).compareTo(id) <= 0) {
                    if (mv.getString(1).equals(id)) {
                        stored.add(movement(mv.getString(2), mv.getString(3), mv.getLong(4), mv.getString(5), mv.getString(6)));
                    } else {
                        breaks.add(new ChainBreak("", 0, mv.getString(1), ChainBreak.Problem.DERIVED)); // no such event
                    }
                    more = mv.next();
                }
                EventBody body = EventCodec.read(ev.getBytes(4));
                EventProjection.Derived d = EventProjection.of(body, e -> body(declared, e));
                List<String> expected = new ArrayList<>();
                d.movements().forEach(m -> expected.add(movement(m.lotId(), m.role(), m.quantity(), m.partyType(), m.partyName())));
                boolean same = sorted(expected).equals(sorted(stored));
                for (EventProjection.Edge e : d.edges()) {
                    edges++;
                    same &= exists(edge, e.parentId(), e.childId(), id, e.step());
                }
                if (d.retracts() != null) {
                    retractions.add(d.retracts().event() + "|" + id + "|" + d.retracts().reason());
                }
                if (!same) {
                    breaks.add(new ChainBreak(ev.getString(2), ev.getLong(3), id, ChainBreak.Problem.DERIVED));
                }
                if (++done % 10_000 == 0) {
                    work.cancel().check();
                    work.report(done, total, "trace.verify.progressDerived", done, total);
                }
            }
            while (more) {
                breaks.add(new ChainBreak("", 0, mv.getString(1), ChainBreak.Problem.DERIVED));
                more = mv.next();
            }
        }
        if (count(c, "SELECT count(*) FROM lot_edge") != edges) {
            breaks.add(new ChainBreak("", 0, "", ChainBreak.Problem.EXTRA_ROWS)); // a link no event made
        }
        Set<String> stored = new HashSet<>();
        try (var ps = c.prepareStatement("SELECT event_id || '|' || declaration_id || '|' || reason FROM event_retraction");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        if (!stored.equals(retractions)) {
            breaks.add(new ChainBreak("", 0, "", ChainBreak.Problem.EXTRA_ROWS));
        }
        return breaks;
    }

    private static String movement(String lot, String role, long quantity, String partyType, String partyName) {
        return lot + "|" + role + "|" + quantity + "|" + partyType + "|" + partyName;
    }

    private static List<String> sorted(List<String> rows) {
        List<String> out = new ArrayList<>(rows);
        out.sort(null);
        return out;
    }

    private static boolean exists(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static EventBody body(PreparedStatement ps, String id) {
        try {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? EventCodec.read(rs.getBytes(1)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
