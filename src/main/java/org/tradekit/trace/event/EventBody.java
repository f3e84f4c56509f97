package org.tradekit.trace.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The signed content of an event, written once as compact JSON; the bytes first written are kept
 * and shipped, never re-encoded. The chain envelope is {@code device}, {@code seq} (1, 2, 3... per
 * device), {@code prev} (hex SHA-256 of the device's previous body) and {@code key} (the signing
 * key's id). {@code time} is the event's time with its offset ({@code 2026-11-23T09:30:00+07:00});
 * {@code recorded} the UTC instant it was written. Ids refer to lots, locations and members.
 */
@JsonPropertyOrder({"v", "id", "device", "seq", "prev", "key", "kind", "time", "recorded", "place", "person", "notes",
        "step", "corrects", "inputs", "outputs", "observed", "ilmd", "source", "destination", "documents", "inspection",
        "attachments", "declares"})
public record EventBody(int v, String id, String device, long seq, String prev, String key, String kind, String time,
        String recorded, String place, String person, String notes, String step, String corrects, List<EventLine> inputs,
        List<EventLine> outputs, List<EventLine> observed, List<LotMaster> ilmd, Party source, Party destination,
        List<EventDocument> documents, Inspection inspection, List<Attachment> attachments, Declaration declares) {

    public static final int VERSION = 1;

    public EventBody {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        observed = observed == null ? List.of() : List.copyOf(observed);
        ilmd = ilmd == null ? List.of() : List.copyOf(ilmd);
        documents = documents == null ? List.of() : List.copyOf(documents);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
