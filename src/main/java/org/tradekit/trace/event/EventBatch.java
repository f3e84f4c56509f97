package org.tradekit.trace.event;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.tradekit.store.EventTable;
import org.tradekit.store.Sha256;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;
import org.tradekit.trace.Quantities;
import org.tradekit.trace.TraceException;
import org.tradekit.trace.chain.DeviceKey;
import org.tradekit.trace.chain.Signatures;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.lot.LotCodePattern;
import org.tradekit.trace.lot.LotCodeSettings;
import org.tradekit.trace.lot.LotService;

/**
 * Events appended in one write transaction, in order. Each is checked (lots exist, quantities are
 * there to take), its new lots made, its body written once, hashed and chained to the device's
 * previous event; its movements and links are derived at once, so the next event of the batch
 * sees them. Signatures may be made on other processors while the batch goes on; {@link #finish}
 * waits for them and appends the event rows with their one EVENT change row each. Anything
 * refused throws, and the transaction then writes nothing.
 */
public final class EventBatch {
    public static final EventTable EVENTS = new EventTable("trace_event", "trace_event", List.of("device_id", "seq",
            "kind", "event_time", "event_ms", "place_id", "hash", "prev_hash", "key_id", "signature"));

    private record Pending(EventBody body, byte[] bytes, byte[] hash, byte[] prev, CompletableFuture<byte[]> signature) {
    }

    private final WriteTx tx;
    private final DeviceKey key;
    private final Signatures signatures;
    private final Clock clock;
    private final boolean parallel;
    private final LotCodePattern pattern;
    private final LotLedger ledger;
    private final EventRules rules;
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, EventBody> pendingBodies = new HashMap<>();
    private final Set<String> retracted = new HashSet<>();
    private long seq;
    private byte[] prevHash;

    EventBatch(WriteTx tx, DeviceKey key, Signatures signatures, Clock clock, boolean parallel) throws SQLException {
        this.tx = tx;
        this.key = key;
        this.signatures = signatures;
        this.clock = clock;
        this.parallel = parallel;
        this.pattern = LotCodeSettings.pattern(tx::query);
        this.ledger = new LotLedger(tx);
        this.rules = new EventRules(tx);
        List<Object[]> head = tx.query("SELECT seq, hash FROM trace_event WHERE device_id = ? ORDER BY seq DESC LIMIT 1",
                rs -> new Object[] {rs.getLong(1), rs.getBytes(2)}, key.deviceId());
        this.seq = head.isEmpty() ? 0 : (Long) head.get(0)[0];
        this.prevHash = head.isEmpty() ? null : (byte[]) head.get(0)[1];
    }

    /** Adds an event; returns its body (its id, the new lots' ids and codes in outputs and ilmd). */
    public EventBody add(EventDraft draft) throws SQLException {
        return add(draft, Uuid7.next(), null);
    }

    private EventBody add(EventDraft d, String id, String corrects) throws SQLException {
        rules.check(d);
        List<EventLine> inputs = new ArrayList<>();
        for (EventDraft.Input in : d.inputs()) {
            inputs.add(new EventLine(in.lotId(), positive(in.quantity()), ledger.get(in.lotId()).unit()));
        }
        List<EventLine> observed = new ArrayList<>();
        for (EventDraft.Input in : d.observed()) {
            observed.add(new EventLine(in.lotId(), in.quantity() == null ? null : positive(in.quantity()),
                    ledger.get(in.lotId()).unit()));
        }
        List<EventLine> outputs = new ArrayList<>();
        List<LotMaster> ilmd = new ArrayList<>();
        LocalDate day = d.time().toLocalDate();
        for (EventDraft.Output out : d.outputs()) {
            BigDecimal q = positive(out.quantity());
            Lot lot = LotService.create(tx, out.lot(), pattern, day);
            ledger.made(lot);
            outputs.add(new EventLine(lot.id(), q, lot.unit()));
            ilmd.add(master(lot));
        }
        EventBody body = new EventBody(EventBody.VERSION, id, key.deviceId(), seq + 1, hex(prevHash), key.keyId(),
                d.kind().code(), EventTimes.format(d.time()), EventTimes.instant(clock.instant()), d.placeId(),
                clean(d.person()), clean(d.notes()), d.step(), corrects, inputs, outputs, observed, ilmd, d.source(),
                d.destination(), d.documents(), d.inspection(), d.attachments(), null);
        append(body, false);
        return body;
    }

    /**
     * Declares an event erroneous (it did not occur, or its data was wrong) and records the
     * corrective events with it: the declaration names them, each names the event it corrects.
     * The declared event's movements are reversed and its links no longer count; history keeps both.
     *
     * @return the declaration's body, then the corrective events'
     */
    public List<EventBody> declare(String eventId, ErrorReason reason, OffsetDateTime time, String person, String notes,
            List<EventDraft> corrections) throws SQLException {
        EventBody declared = body(eventId);
        if (declared == null) {
            throw new TraceException("trace.error.eventMissing", eventId);
        }
        if (EventKind.of(declared.kind()) == EventKind.ERROR_DECLARATION) {
            throw new TraceException("trace.error.declareDeclaration");
        }
        if (retracted.contains(eventId)
                || !tx.query("SELECT 1 FROM event_retraction WHERE event_id = ?", rs -> 1, eventId).isEmpty()) {
            throw new TraceException("trace.error.alreadyDeclared");
        }
        if (time == null) {
            throw new TraceException("trace.error.timeRequired");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < corrections.size(); i++) {
            ids.add(Uuid7.next());
        }
        String id = Uuid7.next();
        EventBody body = new EventBody(EventBody.VERSION, id, key.deviceId(), seq + 1, hex(prevHash), key.keyId(),
                EventKind.ERROR_DECLARATION.code(), EventTimes.format(time), EventTimes.instant(clock.instant()), null,
                clean(person), clean(notes), null, null, null, null, null, null, null, null, null, null, null,
                new Declaration(eventId, reason.code(), ids));
        append(body, true);
        retracted.add(eventId);
        List<EventBody> out = new ArrayList<>(List.of(body));
        for (int i = 0; i < corrections.size(); i++) {
            out.add(add(corrections.get(i), ids.get(i), eventId));
        }
        return out;
    }

    private void append(EventBody body, boolean undoing) throws SQLException {
        EventProjection.Derived derived = EventProjection.of(body, this::body);
        ledger.apply(derived.movements(), undoing);
        byte[] bytes = EventCodec.write(body);
        byte[] hash = Sha256.digest().digest(bytes);
        CompletableFuture<byte[]> signature = parallel ? signatures.signLater(key.privateKey(), bytes)
                : CompletableFuture.completedFuture(Signatures.sign(key.privateKey(), bytes));
        EventProjection.write(tx, body, derived);
        pending.add(new Pending(body, bytes, hash, prevHash, signature));
        pendingBodies.put(body.id(), body);
        seq = body.seq();
        prevHash = hash;
    }

    /** Appends the events of the batch (waiting for their signatures) and returns them in order. */
    public List<TraceEvent> finish() throws SQLException {
        List<TraceEvent> out = new ArrayList<>();
        for (Pending p : pending) {
            byte[] signature = p.signature().join();
            EventBody b = p.body();
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("device_id", b.device());
            columns.put("seq", b.seq());
            columns.put("kind", b.kind());
            columns.put("event_time", b.time());
            columns.put("event_ms", EventTimes.parse(b.time()).toInstant().toEpochMilli());
            columns.put("place_id", b.place());
            columns.put("hash", p.hash());
            columns.put("prev_hash", p.prev());
            columns.put("key_id", b.key());
            columns.put("signature", signature);
            tx.appendEvent(EVENTS, b.id(), p.bytes(), Base64.getEncoder().encodeToString(signature), columns);
            out.add(new TraceEvent(b, p.bytes(), p.hash(), signature));
        }
        pending.clear();
        pendingBodies.clear();
        return out;
    }

    /** An event's body: one of this batch's, else the stored one; null when there is none. */
    private EventBody body(String eventId) {
        EventBody b = pendingBodies.get(eventId);
        if (b != null) {
            return b;
        }
        try {
            List<byte[]> found = tx.query("SELECT body FROM trace_event WHERE id = ?", rs -> rs.getBytes(1), eventId);
            return found.isEmpty() ? null : EventCodec.read(found.get(0));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LotMaster master(Lot lot) {
        return new LotMaster(lot.id(), lot.productId(), lot.code(), text(lot.productionDate()), text(lot.bestBefore()),
                text(lot.expiryDate()), lot.unit(), lot.memberId(), lot.plotId(), lot.supplierName(), lot.supplierLot(),
                text(lot.supplierExpiry()));
    }

    private static BigDecimal positive(BigDecimal q) {
        if (q == null || q.signum() <= 0) {
            throw new TraceException("trace.error.quantityPositive");
        }
        return Quantities.ofMilli(Quantities.toMilli(q));
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }

    private static String clean(String s) {
        return org.tradekit.text.Fold.clean(s);
    }
}
