package org.tradekit.trace.epcis;

import java.util.Locale;
import java.util.Optional;

/** CBV 2.0 dispositions: the business condition of the objects after the event. */
public enum Disposition {
    ACTIVE, CONTAINER_CLOSED, DAMAGED, DESTROYED, DISPENSED, DISPOSED, ENCODED, EXPIRED, IN_PROGRESS, IN_TRANSIT, INACTIVE,
    NO_PEDIGREE_MATCH, NON_SELLABLE_OTHER, PARTIALLY_DISPENSED, RECALLED, RESERVED, RETAIL_SOLD, RETURNED,
    SELLABLE_ACCESSIBLE, SELLABLE_NOT_ACCESSIBLE, STOLEN, UNKNOWN, AVAILABLE, COMPLETENESS_VERIFIED,
    COMPLETENESS_INFERRED, CONFORMANT, CONTAINER_OPEN, MISMATCH_INSTANCE, MISMATCH_CLASS, MISMATCH_QUANTITY,
    NEEDS_REPLACEMENT, NON_CONFORMANT, UNAVAILABLE;

    public String term() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Disposition> ofTerm(String term) {
        for (Disposition d : values()) {
            if (d.term().equals(term)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
