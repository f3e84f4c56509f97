package org.tradekit.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Numbers, money and dates as the locale writes them. VND has no minor unit; USD has cents. */
public final class Formats {
    private final Locale locale;
    private final DateTimeFormatter date;

    public Formats(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern("vi".equals(locale.getLanguage()) ? "dd/MM/yyyy" : "MMM d, yyyy", locale);
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
}
