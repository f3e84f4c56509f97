package org.tradekit.trace.event;

import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.tradekit.store.Database;
import org.tradekit.store.WriteTx;
import org.tradekit.trace.chain.DeviceKey;
import org.tradekit.trace.chain.DeviceKeys;
import org.tradekit.trace.chain.Signatures;

/**
 * Records events: each action is one transaction holding the event (or the error declaration and
 * its corrective events), the lots it makes, its movements and links, and its change rows. A
 * refused event writes nothing.
 */
public final class EventRecorder {
    private final Database db;
    private final DeviceKeys keys;
    private final Signatures signatures;
    private final Clock clock;

    public EventRecorder(Database db, DeviceKeys keys, Signatures signatures, Clock clock) {
        this.db = db;
        this.keys = keys;
        this.signatures = signatures;
        this.clock = clock;
    }

    /**
     * @throws org.tradekit.trace.TraceException            when the event is refused (not enough left on a lot, an unknown lot...)
     * @throws org.tradekit.catalog.ValidationException when a new lot's fields are wrong (its code, dates...)
     */
    public TraceEvent record(EventDraft draft) {
        DeviceKey key = keys.current();
        return db.write(tx -> {
            EventBatch batch = open(tx, key, false);
            batch.add(draft);
            return batch.finish().get(0);
        });
    }

    /**
     * Declares an event erroneous and records its corrective events (none when it simply did not
     * occur), all in one transaction.
     *
     * @return the declaration, then the corrective events
     */
    public List<TraceEvent> declareError(String eventId, ErrorReason reason, OffsetDateTime time, String person,
            String notes, List<EventDraft> corrections) {
        DeviceKey key = keys.current();
        return db.write(tx -> {
            EventBatch batch = open(tx, key, false);
            batch.declare(eventId, reason, time, person, notes, corrections);
            return batch.finish();
        });
    }

    /**
     * A batch for a bulk writer's own transaction (demo data, imports): signatures are made on all
     * processors while it goes on. Call {@link EventBatch#finish} before the transaction ends.
     */
    public EventBatch batch(WriteTx tx) throws SQLException {
        return open(tx, keys.current(), true);
    }

    /** Makes this device's key now, outside any transaction (bulk writers call it before theirs). */
    public void prepareKey() {
        keys.current();
    }

    private EventBatch open(WriteTx tx, DeviceKey key, boolean parallel) throws SQLException {
        keys.publish(tx, key);
        return new EventBatch(tx, key, signatures, clock, parallel);
    }
}
