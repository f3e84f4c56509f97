package org.tradekit.trace.lot;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tradekit.catalog.FieldProblem;

/**
 * How new lot codes are made, such as {@code {SKU}-{yyMMdd}-{n}}: {@code {SKU}} is the product's
 * SKU (only its AI 82 characters, shortened when the code would pass 20 characters), a token of
 * the letters y, M and d is the lot's date in that form, {@code {n}} (or {@code {nnn}} for at least
 * three digits) is the next free number for the product with the same other parts. Everything
 * else is written as it is and must be AI 82 characters. A generated code can be edited.
 */
public record LotCodePattern(String text) {
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}"); // before DEFAULT: its constructor parses
    public static final LotCodePattern DEFAULT = new LotCodePattern("{SKU}-{yyMMdd}-{n}");

    private sealed interface Part permits Literal, Sku, Counter, DatePart {
    }

    private record Literal(String text) implements Part {
    }

    private record Sku() implements Part {
    }

    private record Counter(int width) implements Part {
    }

    private record DatePart(DateTimeFormatter format) implements Part {
    }

    public LotCodePattern {
        Optional<FieldProblem> p = problem(text);
        if (p.isPresent()) {
            throw new IllegalArgumentException("bad lot code pattern " + text + ": " + p.get().key());
        }
    }

    /** What is wrong with a pattern, beside the field {@code lot_code_pattern}; empty when it is usable. */
    public static Optional<FieldProblem> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(problemOf("trace.lot.error.patternCounter"));
        }
        List<Part> parts;
        try {
            parts = parse(text);
        } catch (IllegalArgumentException e) {
            return Optional.of(problemOf("trace.lot.error.patternToken", e.getMessage()));
        }
        if (parts.stream().filter(Counter.class::isInstance).count() != 1) {
            return Optional.of(problemOf("trace.lot.error.patternCounter"));
        }
        if (parts.stream().filter(Sku.class::isInstance).count() > 1) {
            return Optional.of(problemOf("trace.lot.error.patternToken", "{SKU}{SKU}"));
        }
        for (Part part : parts) {
            if (part instanceof Literal l) {
                Optional<FieldProblem> bad = LotCode.problem(l.text()).filter(fp -> fp.key().equals("trace.lot.error.codeCharacter"));
                if (bad.isPresent()) {
                    return Optional.of(problemOf("trace.lot.error.patternCharacter", bad.get().args().get(0)));
                }
            }
        }
        int shortest = render(parts, "", LocalDate.of(2026, 12, 31), 1).length();
        if (shortest > LotCode.MAX_LENGTH) {
            return Optional.of(problemOf("trace.lot.error.patternLength", shortest, LotCode.MAX_LENGTH));
        }
        return Optional.empty();
    }

    private static FieldProblem problemOf(String key, Object... args) {
        return FieldProblem.of("lot_code_pattern", key, args);
    }

    private static List<Part> parse(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Literal(text.substring(at, m.start())));
            }
            String token = m.group(1);
            if (token.equals("SKU")) {
                parts.add(new Sku());
            } else if (!token.isEmpty() && token.chars().allMatch(ch -> ch == 'n')) {
                parts.add(new Counter(token.length()));
            } else if (!token.isEmpty() && token.chars().allMatch(ch -> ch == 'y' || ch == 'M' || ch == 'd')) {
                parts.add(new DatePart(DateTimeFormatter.ofPattern(token.replace("y", "u"))));
            } else {
                throw new IllegalArgumentException("{" + token + "}");
            }
            at = m.end();
        }
        if (at < text.length()) {
            String rest = text.substring(at);
            if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
                throw new IllegalArgumentException(rest);
            }
            parts.add(new Literal(rest));
        }
        return parts;
    }

    private static String render(List<Part> parts, String sku, LocalDate date, long n) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Literal l) {
                sb.append(l.text());
            } else if (p instanceof Sku) {
                sb.append(sku);
            } else if (p instanceof Counter c) {
                sb.append(String.format("%0" + c.width() + "d", n));
            } else if (p instanceof DatePart d) {
                sb.append(d.format().format(date));
            }
        }
        return sb.toString();
    }

    /** The code for number {@code n}: the SKU (AI 82 characters only) is cut so that the code fits 20 characters. */
    public String format(String sku, LocalDate date, long n) {
        List<Part> parts = parse(text);
        String usable = LotCode.keepAi82(sku);
        int room = LotCode.MAX_LENGTH - render(parts, "", date, n).length();
        return render(parts, usable.substring(0, Math.max(0, Math.min(usable.length(), room))), date, n);
    }

    /**
     * A SQL LIKE pattern (escape character {@code \}) matching every code this pattern makes on
     * {@code date}, whatever the SKU part and number: the candidates for {@link #counterOf}.
     */
    public String like(LocalDate date) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parse(text)) {
            if (p instanceof Literal l) {
                sb.append(escapeLike(l.text()));
            } else if (p instanceof DatePart d) {
                sb.append(escapeLike(d.format().format(date)));
            } else if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '%') {
                sb.append('%');
            }
        }
        return sb.toString();
    }

    /** The number of a code made by this pattern on {@code date}, or empty for a code it did not make. */
    public OptionalLong counterOf(String code, LocalDate date) {
        StringBuilder regex = new StringBuilder();
        for (Part p : parse(text)) {
            if (p instanceof Literal l) {
                regex.append(Pattern.quote(l.text()));
            } else if (p instanceof Sku) {
                regex.append(".*?");
            } else if (p instanceof Counter) {
                regex.append("(\\d{1,18})");
            } else if (p instanceof DatePart d) {
                regex.append(Pattern.quote(d.format().format(date)));
            }
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(code);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public String toString() {
        return text;
    }
}
