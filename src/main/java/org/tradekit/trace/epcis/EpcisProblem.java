package org.tradekit.trace.epcis;

import java.util.Arrays;

import org.tradekit.i18n.Messages;

/**
 * Why an imported document is refused, in words: which event (its position from 1, and its eventID
 * when it has one), which field (a path inside the event such as {@code quantityList/0/uom}) and
 * what is wrong (a message key with its arguments).
 *
 * @param eventNumber 1 for the first event; 0 for the document itself
 */
public record EpcisProblem(int eventNumber, String eventId, String field, String key, Object... args) {
    public EpcisProblem {
        args = args.clone();
    }

    public String message(Messages messages) {
        String reason = messages.get(key, args);
        boolean whole = field == null || field.isEmpty();
        if (eventNumber == 0) {
            return whole ? messages.get("epcis.problem.inDocument.whole", reason)
                    : messages.get("epcis.problem.inDocument", field, reason);
        }
        String id = eventId == null ? "" : " (" + eventId + ")";
        return whole ? messages.get("epcis.problem.inEvent.whole", eventNumber, id, reason)
                : messages.get("epcis.problem.inEvent", eventNumber, id, field, reason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EpcisProblem p && p.eventNumber == eventNumber && java.util.Objects.equals(p.eventId, eventId)
                && java.util.Objects.equals(p.field, field) && p.key.equals(key) && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(eventNumber, eventId, field, key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return "#" + eventNumber + " " + field + " " + key + " " + Arrays.toString(args);
    }
}
