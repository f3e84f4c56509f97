package org.tradekit.trace.event;

import java.math.BigDecimal;

/**
 * A quantity of a lot in an event body (EPCIS quantityList element: the lot's class-level id,
 * quantity and unit). {@code qty} may be absent on a lot only looked at (inspection, storage).
 */
public record EventLine(String lot, BigDecimal qty, String unit) {
}
