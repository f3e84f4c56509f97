package org.tradekit.lead.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as typed at the booth: "+7" (in seven days), 2026-12-05, or the user's short date form
 * (5/12/2026 in Vietnamese, 12/5/2026 in American English). Empty text is no date.
 */
final class DateText {
    private static final Pattern IN_DAYS = Pattern.compile("\\+\\s*(\\d{1,3})");

    private DateText() {
    }

    /** The date, empty for blank text; {@code null} when the text is not a date. */
    static Optional<LocalDate> parse(String text, Locale locale, LocalDate today) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = IN_DAYS.matcher(t);
        if (m.matches()) {
            return Optional.of(today.plusDays(Integer.parseInt(m.group(1))));
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                DateTimeFormatter.ofPattern(locale.getLanguage().equals("en") && "US".equals(locale.getCountry())
                        ? "M/d/yyyy" : "d/M/yyyy"), DateTimeFormatter.ofPattern("d.M.yyyy"))) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // the next form may fit
            }
        }
        return null;
    }
}
