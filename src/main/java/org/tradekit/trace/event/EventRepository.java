package org.tradekit.trace.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.tradekit.store.Database;
import org.tradekit.store.RowMapper;
import org.tradekit.store.Select;
import org.tradekit.trace.Quantities;

/** Reads recorded events: one by id, a lot's history, or every event of a time range streamed in time order. */
public final class EventRepository {
    private static final String EVENT_COLUMNS = "e.body, e.hash, e.signature";

    private final Database db;

    public EventRepository(Database db) {
        this.db = db;
    }

    public Optional<TraceEvent> find(String id) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM trace_event e WHERE e.id = ?")) {
                List<TraceEvent> found = RowMapper.list(ps, EventRepository::event, id);
                return found.isEmpty() ? Optional.<TraceEvent>empty() : Optional.of(found.get(0));
            }
        });
    }

    /** Every event that touched the lot, oldest first, with what it did to it. */
    public List<TimelineEntry> history(String lotId) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + ", m.role, m.quantity, l.unit, r.declaration_id "
                    + "FROM lot_movement m JOIN trace_event e ON e.id = m.event_id JOIN lot l ON l.id = m.lot_id "
                    + "LEFT JOIN event_retraction r ON r.event_id = e.id WHERE m.lot_id = ? ORDER BY e.event_ms, e.seq")) {
                return RowMapper.list(ps, rs -> new TimelineEntry(event(rs), rs.getString(4),
                        Quantities.ofMilli(rs.getLong(5)), rs.getString(6), rs.getString(7)), lotId);
            }
        });
    }

    /** Events whose time is in [from, to), in time order, one at a time (an export of any size). */
    public void forEachBetween(Instant from, Instant to, Consumer<TraceEvent> sink) {
        db.read(c -> {
            try (var ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM trace_event e "
                    + "WHERE e.event_ms >= ? AND e.event_ms < ? ORDER BY e.event_ms, e.device_id, e.seq")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(event(rs));
                    }
                }
            }
            return null;
        });
    }

    /** Events that touched any of these lots (a lineage's), each once, in time order. */
    public List<TraceEvent> touching(Collection<String> lotIds) {
        List<TraceEvent> out = db.read(c -> Select.on(c).listIn("SELECT " + EVENT_COLUMNS + ", e.event_ms, e.id FROM trace_event e "
                + "WHERE e.id IN (SELECT event_id FROM lot_movement WHERE lot_id IN " + Select.IN_LIST + ")", lotIds,
                EventRepository::event));
        List<TraceEvent> unique = new ArrayList<>(out.stream().collect(java.util.stream.Collectors.toMap(TraceEvent::id,
                e -> e, (a, b) -> a, java.util.LinkedHashMap::new)).values());
        unique.sort(java.util.Comparator.comparing((TraceEvent e) -> e.time().toInstant()).thenComparing(TraceEvent::id));
        return unique;
    }

    /** Partners' events (imported, marked external) that named the lot, oldest first. */
    public List<ExternalEntry> externalHistory(String lotId) {
        return externalTouching(List.of(lotId));
    }

    /** Partners' events that named any of these lots, one entry per lot named, in time order. */
    public List<ExternalEntry> externalTouching(Collection<String> lotIds) {
        List<ExternalEntry> out = new ArrayList<>(db.read(c -> Select.on(c).listIn("SELECT x.id, x.event_type, x.action, "
                + "x.biz_step, x.disposition, x.event_time, l.lot_id, l.role, l.quantity, l.uom, x.sender FROM trace_external_line l "
                + "CROSS JOIN trace_external_event x ON x.id = l.event_id WHERE l._cl % 2 = 1 AND x._cl % 2 = 1 "
                + "AND l.lot_id IN " + Select.IN_LIST, lotIds, rs -> new ExternalEntry(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), java.time.OffsetDateTime.parse(rs.getString(6)),
                        rs.getString(7), rs.getString(8), rs.getObject(9) == null ? null : java.math.BigDecimal.valueOf(rs.getDouble(9)),
                        rs.getString(10), rs.getString(11)))));
        out.sort(java.util.Comparator.comparing((ExternalEntry e) -> e.time().toInstant()).thenComparing(ExternalEntry::eventId)
                .thenComparing(ExternalEntry::lotId));
        return out;
    }

    public long count() {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM trace_event"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static TraceEvent event(ResultSet rs) throws SQLException {
        byte[] bytes = rs.getBytes(1);
        return new TraceEvent(EventCodec.read(bytes), bytes, rs.getBytes(2), rs.getBytes(3));
    }
}
