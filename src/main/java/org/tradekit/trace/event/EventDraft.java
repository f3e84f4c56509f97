package org.tradekit.trace.event;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.tradekit.trace.lot.Lot;

/**
 * An event as a person records it, before it is checked, numbered, hashed and signed. Built step
 * by step: {@code EventDraft.of(PROCESSING, time).at(dryingHouse).by("Lò Thị Mai").step(DRYING)
 * .take(freshLot, 120).make(Lot.of(driedTea, "kg", day), 26)}.
 *
 * @param inputs   quantities taken out of existing lots (processing, packing, shipping, sale, disposal)
 * @param outputs  new lots and the quantity each receives (harvest, receipt, processing, packing)
 * @param observed lots looked at or stored, quantities optional (inspection, storage)
 */
public record EventDraft(EventKind kind, OffsetDateTime time, String placeId, String person, String notes, String step,
        List<Input> inputs, List<Output> outputs, List<Input> observed, Party source, Party destination,
        List<EventDocument> documents, Inspection inspection, List<Attachment> attachments) {

    /** A quantity of an existing lot, in the lot's unit (null quantity: the lot is only looked at). */
    public record Input(String lotId, BigDecimal quantity) {
    }

    /** A new lot (its code may be left to the pattern) and the quantity it receives. */
    public record Output(Lot lot, BigDecimal quantity) {
    }

    public EventDraft {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        observed = List.copyOf(observed);
        documents = List.copyOf(documents);
        attachments = List.copyOf(attachments);
    }

    public static EventDraft of(EventKind kind, OffsetDateTime time) {
        return new EventDraft(kind, time, null, null, null, null, List.of(), List.of(), List.of(), null, null, List.of(),
                null, List.of());
    }

    public EventDraft at(String locationId) {
        return new EventDraft(kind, time, locationId, person, notes, step, inputs, outputs, observed, source, destination,
                documents, inspection, attachments);
    }

    public EventDraft by(String who) {
        return new EventDraft(kind, time, placeId, who, notes, step, inputs, outputs, observed, source, destination,
                documents, inspection, attachments);
    }

    public EventDraft note(String text) {
        return new EventDraft(kind, time, placeId, person, text, step, inputs, outputs, observed, source, destination,
                documents, inspection, attachments);
    }

    public EventDraft step(ProcessStep processStep) {
        return new EventDraft(kind, time, placeId, person, notes, processStep.code(), inputs, outputs, observed, source,
                destination, documents, inspection, attachments);
    }

    public EventDraft take(String lotId, BigDecimal quantity) {
        return new EventDraft(kind, time, placeId, person, notes, step, plus(inputs, new Input(lotId, quantity)), outputs,
                observed, source, destination, documents, inspection, attachments);
    }

    public EventDraft take(String lotId, double quantity) {
        return take(lotId, BigDecimal.valueOf(quantity));
    }

    public EventDraft make(Lot lot, BigDecimal quantity) {
        return new EventDraft(kind, time, placeId, person, notes, step, inputs, plus(outputs, new Output(lot, quantity)),
                observed, source, destination, documents, inspection, attachments);
    }

    public EventDraft make(Lot lot, double quantity) {
        return make(lot, BigDecimal.valueOf(quantity));
    }

    public EventDraft observe(String lotId, BigDecimal quantity) {
        return new EventDraft(kind, time, placeId, person, notes, step, inputs, outputs,
                plus(observed, new Input(lotId, quantity)), source, destination, documents, inspection, attachments);
    }

    public EventDraft from(Party party) {
        return new EventDraft(kind, time, placeId, person, notes, step, inputs, outputs, observed, party, destination,
                documents, inspection, attachments);
    }

    public EventDraft to(Party party) {
        return new EventDraft(kind, time, placeId, person, notes, step, inputs, outputs, observed, source, party, documents,
                inspection, attachments);
    }

    public EventDraft document(DocumentType type, String number) {
        return new EventDraft(kind, time, placeId, person, notes, step, inputs, outputs, observed, source, destination,
                plus(documents, EventDocument.of(type, number)), inspection, attachments);
    }

    public EventDraft result(Inspection outcome) {
        return new EventDraft(kind, time, placeId, person, notes, step, inputs, outputs, observed, source, destination,
                documents, outcome, attachments);
    }

    public EventDraft attach(Attachment file) {
        return new EventDraft(kind, time, placeId, person, notes, step, inputs, outputs, observed, source, destination,
                documents, inspection, plus(attachments, file));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
