package org.tradekit.trace.recall;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A buyer, fair or customer that received anything made from the recalled lot: how many
 * deliveries (shipments or sales, however many lots each carried), how much in each unit, the
 * first and last of them. {@code type} is a party type code.
 */
public record Recipient(String type, String name, int deliveries, Map<String, BigDecimal> quantities,
        OffsetDateTime first, OffsetDateTime last) {
    public Recipient {
        quantities = Map.copyOf(quantities);
    }
}
