package org.tradekit.trace.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Event times as bodies write them: to the second, always with seconds and an offset ({@code +07:00}). */
public final class EventTimes {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private EventTimes() {
    }

    public static String format(OffsetDateTime time) {
        return FORMAT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    public static OffsetDateTime parse(String text) {
        return OffsetDateTime.parse(text);
    }

    public static String instant(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
