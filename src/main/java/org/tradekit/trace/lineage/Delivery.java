package org.tradekit.trace.lineage;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.tradekit.trace.event.EventDocument;
import org.tradekit.trace.event.EventKind;

/** A quantity of a lot that left the cooperative: shipped to a buyer or a fair, or sold. */
public record Delivery(String eventId, EventKind kind, OffsetDateTime time, String partyType, String partyName,
        List<EventDocument> documents, String lotId, String lotCode, String sku, String productNameVi, BigDecimal quantity,
        String unit) {
    public Delivery {
        documents = List.copyOf(documents);
    }
}
