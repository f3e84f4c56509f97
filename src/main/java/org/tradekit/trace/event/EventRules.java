package org.tradekit.trace.event;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import org.tradekit.store.WriteTx;
import org.tradekit.trace.TraceException;

/** What each kind of event must say before it is recorded; each refusal has its own message. */
final class EventRules {
    private final WriteTx tx;
    private final Set<String> knownPlaces = new HashSet<>();

    EventRules(WriteTx tx) {
        this.tx = tx;
    }

    void check(EventDraft d) throws SQLException {
        if (d.kind() == null || d.kind() == EventKind.ERROR_DECLARATION) {
            throw new IllegalArgumentException("an error declaration is made with EventRecorder.declareError");
        }
        EventKind k = d.kind();
        if (d.time() == null) {
            throw new TraceException("trace.error.timeRequired");
        }
        if (k.makesLots() != !d.outputs().isEmpty()) {
            throw new TraceException(k.makesLots() ? "trace.error.outputsRequired" : "trace.error.noOutputs");
        }
        boolean takes = k.takesQuantities();
        if (takes == d.inputs().isEmpty()) {
            throw new TraceException(takes ? "trace.error.inputsRequired" : "trace.error.noInputs");
        }
        if (k.observes() == d.observed().isEmpty()) {
            throw new TraceException(k.observes() ? "trace.error.lotsRequired" : "trace.error.noObserved");
        }
        switch (k) {
            case HARVEST -> {
                if (d.outputs().stream().anyMatch(o -> o.lot().memberId() == null)) {
                    throw new TraceException("trace.error.memberRequired");
                }
            }
            case RECEIPT -> {
                if (d.source() == null || d.source().name() == null || d.source().name().isBlank()) {
                    throw new TraceException("trace.error.sourceRequired");
                }
            }
            case PROCESSING -> {
                if (d.step() == null) {
                    throw new TraceException("trace.error.stepRequired");
                }
            }
            case SHIPPING -> {
                if (d.destination() == null || d.destination().name() == null || d.destination().name().isBlank()
                        || d.destination().partyType() == null) {
                    throw new TraceException("trace.error.destinationRequired");
                }
            }
            case INSPECTION -> {
                if (d.inspection() == null || d.inspection().result() == null) {
                    throw new TraceException("trace.error.resultRequired");
                }
            }
            case STORAGE -> {
                if (d.placeId() == null) {
                    throw new TraceException("trace.error.placeRequired");
                }
            }
            default -> {
                // sale and disposal need only their quantities
            }
        }
        if (d.placeId() != null && !knownPlaces.contains(d.placeId())) {
            if (tx.query("SELECT 1 FROM location WHERE id = ? AND _cl % 2 = 1", rs -> 1, d.placeId()).isEmpty()) {
                throw new TraceException("trace.error.placeMissing");
            }
            knownPlaces.add(d.placeId());
        }
        for (Attachment a : d.attachments()) {
            if (a.sha256() == null || !a.sha256().matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("an attachment is stored first (Attachments.store): " + a);
            }
        }
    }
}
