package org.tradekit.trace.event;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.tradekit.store.DerivedTable;
import org.tradekit.store.WriteTx;
import org.tradekit.trace.Quantities;

/**
 * What an event body implies for the derived tables: the lots' movements (a lot's stock is their
 * sum), the lot-to-lot links of processing and packing, and for an error declaration the reversal
 * of the declared event's movements and its retraction. A pure function of the bodies: the write
 * path, a peer applying a synced event and the replay test all derive the same rows.
 */
public final class EventProjection {
    public static final DerivedTable MOVEMENTS = new DerivedTable("lot_movement",
            List.of("lot_id", "event_id", "event_ms", "role", "quantity", "party_type", "party_name"));
    public static final DerivedTable EDGES = new DerivedTable("lot_edge", List.of("parent_id", "child_id", "event_id", "step"));
    public static final DerivedTable RETRACTIONS = new DerivedTable("event_retraction",
            List.of("event_id", "declaration_id", "reason"));

    public static final String PRODUCED = "produced";
    public static final String CONSUMED = "consumed";
    public static final String SHIPPED = "shipped";
    public static final String SOLD = "sold";
    public static final String DISPOSED = "disposed";
    public static final String OBSERVED = "observed";
    public static final String REVERSED = "reversed";

    /** A quantity into (+) or out of (-) a lot, in thousandths of its unit. */
    public record Movement(String lotId, String role, long quantity, String partyType, String partyName) {
    }

    public record Edge(String parentId, String childId, String step) {
    }

    public record Derived(List<Movement> movements, List<Edge> edges, Declaration retracts) {
    }

    private EventProjection() {
    }

    /**
     * @param declared the body of an event by id (only asked for by an error declaration)
     */
    public static Derived of(EventBody body, Function<String, EventBody> declared) {
        EventKind kind = EventKind.of(body.kind());
        List<Movement> moves = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        if (kind == EventKind.ERROR_DECLARATION) {
            EventBody wrong = declared.apply(body.declares().event());
            for (Movement m : wrong == null ? List.<Movement>of() : of(wrong, declared).movements()) {
                if (m.quantity() != 0) {
                    moves.add(new Movement(m.lotId(), REVERSED, -m.quantity(), m.partyType(), m.partyName()));
                }
            }
            return new Derived(moves, edges, body.declares());
        }
        String outRole = roleOfInputs(kind);
        Party to = body.destination();
        for (EventLine in : body.inputs()) {
            moves.add(new Movement(in.lot(), outRole, -Quantities.toMilli(in.qty()), to == null ? null : to.type(),
                    to == null ? null : to.name()));
        }
        for (EventLine out : body.outputs()) {
            moves.add(new Movement(out.lot(), PRODUCED, Quantities.toMilli(out.qty()), null, null));
        }
        for (EventLine seen : body.observed()) {
            moves.add(new Movement(seen.lot(), OBSERVED, 0, null, null));
        }
        if (kind == EventKind.PROCESSING || kind == EventKind.PACKING) {
            String step = kind == EventKind.PACKING ? "packing" : body.step();
            for (EventLine in : body.inputs()) {
                for (EventLine out : body.outputs()) {
                    Edge e = new Edge(in.lot(), out.lot(), step);
                    if (!edges.contains(e)) { // a lot taken in two lines is one link
                        edges.add(e);
                    }
                }
            }
        }
        return new Derived(moves, edges, null);
    }

    private static String roleOfInputs(EventKind kind) {
        return switch (kind) {
            case SHIPPING -> SHIPPED;
            case SALE -> SOLD;
            case DISPOSAL -> DISPOSED;
            default -> CONSUMED;
        };
    }

    /** Writes the derived rows of one event in its transaction. */
    public static void write(WriteTx tx, EventBody body, Derived d) throws SQLException {
        long ms = EventTimes.parse(body.time()).toInstant().toEpochMilli();
        for (Movement m : d.movements()) {
            tx.derive(MOVEMENTS, m.lotId(), body.id(), ms, m.role(), m.quantity(), m.partyType(), m.partyName());
        }
        for (Edge e : d.edges()) {
            tx.derive(EDGES, e.parentId(), e.childId(), body.id(), e.step());
        }
        if (d.retracts() != null) {
            tx.derive(RETRACTIONS, d.retracts().event(), body.id(), d.retracts().reason());
        }
    }
}
