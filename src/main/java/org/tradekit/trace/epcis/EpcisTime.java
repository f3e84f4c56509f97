package org.tradekit.trace.epcis;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** EPCIS times: an instant written at the local offset where it happened, and that offset as "+07:00". */
public final class EpcisTime {
    private EpcisTime() {
    }

    /** e.g. {@code 2026-11-23T10:15:00+07:00}; fractions of a second only when there are any. */
    public static String format(Instant instant, ZoneOffset offset) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, offset));
    }

    /** {@code +07:00}, {@code -06:00}, and {@code +00:00} for UTC (the schema does not accept "Z" here). */
    public static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
    }
}
