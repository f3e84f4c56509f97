package org.tradekit.catalog.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductStatus;
import org.tradekit.catalog.ProductValidator;
import org.tradekit.gs1.Gtin;
import org.tradekit.text.Fold;

/**
 * Turns a cell's text into the value of a product field: numbers by the {@link Numbers} rule, money
 * in whole đồng or US cents, dates day first ({@code 31/01/2027}) or ISO ({@code 2027-01-31}), OCOP
 * stars as {@code 4}, {@code 4 sao} or {@code ★★★★}, and a few Vietnamese words for units, OCOP levels
 * and status. Blank is null. The product's own rules are checked afterwards by ProductValidator.
 */
final class ValueParser {
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("uuuu/M/d")).stream()
            .map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final Pattern TIME_AFTER_DATE = Pattern.compile("^(\\d{4}-\\d{1,2}-\\d{1,2})[T ].*$");
    private static final Pattern SCIENTIFIC = Pattern.compile("^\\d+([.,]\\d+)?[eE][+]?\\d+$");
    private static final Pattern STARS_WORD = Pattern.compile("(?i)\\s*(sao|stars?|\\*)$");
    private static final Map<String, String> UNITS = Map.of("gam", "g", "gram", "g", "cai", "pcs", "chiec", "pcs",
            "hop", "box", "chai", "bottle", "tui", "bag", "hu", "jar", "goi", "pack", "lit", "l");
    private static final Map<String, String> LEVELS = Map.of("huyen", "district", "cap huyen", "district",
            "tinh", "province", "cap tinh", "province", "trung uong", "national", "cap trung uong", "national",
            "quoc gia", "national", "cap quoc gia", "national");
    private static final Map<String, String> STATUS = Map.of("active", "active", "dang ban", "active",
            "hoat dong", "active", "archived", "archived", "luu tru", "archived", "ngung ban", "archived");

    private ValueParser() {
    }

    /** The value of {@code field} written as {@code text}: String, Long, Double or LocalDate; null when blank. */
    static Object parse(ProductField field, String text) throws BadValue {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (field.kind()) {
            case TEXT -> text(field, text);
            case INTEGER -> whole(field == ProductField.OCOP_STARS ? stars(text) : text, "import.error.whole", text);
            case DECIMAL -> decimal(text);
            case DATE -> date(text);
            case VND -> whole(text, "import.error.vndWhole", text);
            case USD_CENTS -> cents(text);
        };
    }

    /**
     * Text as stored: NFC, trimmed; refused when it holds what no file format can carry back: control
     * characters (tab and line breaks allowed), U+FFFE, U+FFFF, or half of a surrogate pair.
     */
    static String plainText(String text) throws BadValue {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                    || c == '\uFFFE' || c == '\uFFFF'; // not characters: XML, so XLSX, cannot hold them
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length()
                    || !Character.isLowSurrogate(text.charAt(++i)) : Character.isLowSurrogate(c);
            if (control || lone) {
                throw new BadValue("import.error.controlChars");
            }
        }
        String s = Fold.clean(text);
        if (s != null && s.length() > ProductValidator.MAX_TEXT) {
            throw new BadValue("catalog.error.tooLong", ProductValidator.MAX_TEXT);
        }
        return s;
    }

    private static String text(ProductField field, String raw) throws BadValue {
        String s = plainText(raw);
        return switch (field) {
            case GTIN -> {
                if (SCIENTIFIC.matcher(s).matches()) {
                    throw new BadValue("import.error.gtinScientific", s);
                }
                yield Gtin.clean(s);
            }
            case UNIT -> ProductValidator.UNITS.contains(key(s)) ? key(s) : UNITS.getOrDefault(key(s), s);
            case OCOP_LEVEL -> ProductValidator.OCOP_LEVELS.contains(key(s)) ? key(s) : LEVELS.getOrDefault(key(s), s);
            case STATUS -> {
                String code = STATUS.get(key(s));
                if (code == null) {
                    throw new BadValue("import.error.status", s);
                }
                yield ProductStatus.of(code).code();
            }
            default -> s;
        };
    }

    /** A word folded for matching: no marks, đ as d, lower case. */
    private static String key(String s) {
        return Fold.key(s).strip();
    }

    private static String stars(String text) {
        String s = text.strip();
        if (!s.isEmpty() && s.chars().allMatch(c -> c == '★' || c == '⭐' || c == '*')) {
            return String.valueOf(s.codePointCount(0, s.length()));
        }
        return STARS_WORD.matcher(s).replaceFirst("");
    }

    private static Long whole(String text, String key, String original) throws BadValue {
        BigDecimal v = Numbers.parse(text);
        if (v == null) {
            return null;
        }
        return exactLong(v, key, original);
    }

    private static Long exactLong(BigDecimal v, String key, String original) throws BadValue {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() > 0) {
            throw new BadValue(key, original);
        }
        try {
            return s.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadValue("import.error.tooLarge", original);
        }
    }

    private static Double decimal(String text) throws BadValue {
        BigDecimal v = Numbers.parse(text);
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw new BadValue("import.error.tooLarge", text);
        }
        return d;
    }

    private static Long cents(String text) throws BadValue {
        BigDecimal v = Numbers.parse(text);
        return exactLong(v.movePointRight(2), "import.error.usdCents", text);
    }

    /** A date written day first or ISO; a time after an ISO date is ignored. */
    static LocalDate date(String text) throws BadValue {
        String s = text.strip();
        var m = TIME_AFTER_DATE.matcher(s);
        if (m.matches()) {
            s = m.group(1);
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException next) {
                // try the next way of writing dates
            }
        }
        throw new BadValue("import.error.date", text.strip());
    }
}
