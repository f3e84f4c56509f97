package org.tradekit.catalog.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.tradekit.catalog.ProductField;

/**
 * A product field's value as the editor shows and reads it. Reading never throws: text that is
 * not a value of the field's kind gives a problem key for the inline message.
 */
public final class FieldText {
    /** Dates are written day first, as Vietnamese does; ISO dates are accepted too. */
    public static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST_SHORT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The result of reading a text: a value (null for blank) or a problem key. */
    public record Parsed(Object value, String problemKey) {
        public boolean ok() {
            return problemKey == null;
        }

        static Parsed of(Object v) {
            return new Parsed(v, null);
        }

        static Parsed problem(String key) {
            return new Parsed(null, key);
        }
    }

    private FieldText() {
    }

    public static String format(ProductField f, Object value) {
        if (value == null) {
            return "";
        }
        return switch (f.kind()) {
            case TEXT, INTEGER, VND -> value.toString();
            case DECIMAL -> BigDecimal.valueOf((Double) value).stripTrailingZeros().toPlainString();
            case USD_CENTS -> BigDecimal.valueOf((Long) value, 2).toPlainString();
            case DATE -> DAY_FIRST.format((LocalDate) value);
        };
    }

    public static Parsed parse(ProductField f, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.of(null);
        }
        return switch (f.kind()) {
            case TEXT -> Parsed.of(t);
            case INTEGER -> whole(t);
            case VND -> whole(t.replaceAll("[.,\\s\u00a0₫]|VND|đ", ""));
            case DECIMAL -> decimal(t);
            case USD_CENTS -> cents(t.replace("$", "").replace("USD", "").strip());
            case DATE -> date(t);
        };
    }

    private static Parsed whole(String t) {
        if (!t.matches("-?\\d{1,17}")) {
            return Parsed.problem("ui.editor.error.wholeNumber");
        }
        return Parsed.of(Long.parseLong(t));
    }

    private static Parsed decimal(String t) {
        String s = t.replace(',', '.');
        if (!s.matches("-?\\d{1,12}(\\.\\d{1,6})?")) {
            return Parsed.problem("ui.editor.error.number");
        }
        return Parsed.of(Double.parseDouble(s));
    }

    private static Parsed cents(String t) {
        String s = t.replace(',', '.');
        if (!s.matches("-?\\d{1,13}(\\.\\d{1,2})?")) {
            return Parsed.problem("ui.editor.error.money");
        }
        return Parsed.of(new BigDecimal(s).movePointRight(2).longValueExact());
    }

    public static Parsed date(String t) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {DAY_FIRST, DAY_FIRST_SHORT, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Parsed.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Parsed.problem("ui.editor.error.date");
    }
}
