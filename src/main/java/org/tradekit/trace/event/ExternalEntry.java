package org.tradekit.trace.event;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A partner's event (imported from an EPCIS document, decision 0012) in a lot's history: marked
 * external because the cooperative did not record or sign it.
 *
 * @param role     input, output or object: what the event did with the lot
 * @param quantity null when the document gave none
 * @param sender   the document's sender, when it names one
 */
public record ExternalEntry(String eventId, String eventType, String action, String bizStep, String disposition,
        OffsetDateTime time, String lotId, String role, BigDecimal quantity, String uom, String sender) {
    public boolean external() {
        return true;
    }
}
