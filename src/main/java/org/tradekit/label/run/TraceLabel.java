package org.tradekit.label.run;

import java.util.List;

/**
 * What a traceability label says, already in the document's language: the product name, the
 * lines under it (lot, dates, net quantity, cooperative, OCOP while valid), the lot code printed
 * under the QR code, and the lot's link that each QR code carries (plus a serial when serialised).
 */
public record TraceLabel(String lotId, String name, List<String> lines, String lotCode) {
    public TraceLabel {
        lines = List.copyOf(lines);
    }
}
