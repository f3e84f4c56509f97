package org.tradekit.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Numbers, money and dates as the locale writes them. VND has no minor unit; USD has cents. */
public final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final Locale locale;
    private final DateTimeFormatter date;

    public Formats(Locale locale) {
        this.locale = locale;
        this.date = dateFormat(locale);
    }

    /**
     * dd/MM/yyyy in Vietnamese, "Nov 23, 2026" in English (both pinned by tests and documents); Chinese,
     * Korean and Japanese readers get their locale's own medium style (2026年10月15日, 2026. 10. 15.,
     * 2026/10/15), never an English month pattern with their month names ("10月 15, 2026").
     */
    private static DateTimeFormatter dateFormat(Locale locale) {
        return switch (locale.getLanguage()) {
            case "vi" -> DateTimeFormatter.ofPattern("dd/MM/yyyy", locale);
            case "zh", "ko", "ja" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            default -> DateTimeFormatter.ofPattern("MMM d, yyyy", locale);
        };
    }

    public Locale locale() {
        return locale;
    }

    /** 120.000 ₫ in Vietnamese, ₫120,000 in English. */
    public String vnd(long amount) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance("VND"));
        f.setMaximumFractionDigits(0);
        f.setMinimumFractionDigits(0);
        return f.format(amount);
    }

    public String usdCents(long cents) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance("USD"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(BigDecimal.valueOf(cents, 2));
    }

    public String number(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(3);
        return f.format(value);
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }

    /** A moment in a time zone as date and time of day: 23/11/2026 10:05, or Nov 23, 2026 10:05. */
    public String dateTime(Instant at, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        return date(t.toLocalDate()) + " " + TIME.format(t);
    }

    /** A file size for people: megabytes with one decimal (0,1 MB at least, so no file reads as empty). */
    public String megabytes(long bytes) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        double mb = bytes / (1024.0 * 1024.0);
        return f.format(bytes > 0 ? Math.max(0.1, mb) : 0) + " MB";
    }
}
