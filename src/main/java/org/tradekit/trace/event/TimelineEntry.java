package org.tradekit.trace.event;

import java.math.BigDecimal;

/**
 * One event in a lot's history, with what it did to the lot: its role (produced, consumed,
 * shipped, observed, reversed...) and the quantity in (+) or out (-). A retracted event stays in
 * the history, marked, beside the declaration that retracted it and its corrective events.
 */
public record TimelineEntry(TraceEvent event, String role, BigDecimal quantity, String unit, String retractedBy) {
    public boolean retracted() {
        return retractedBy != null;
    }
}
