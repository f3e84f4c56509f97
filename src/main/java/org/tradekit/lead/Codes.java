package org.tradekit.lead;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tradekit.text.Fold;

/** Stored codes of the lead enums: lower case names ("samples_sent"), as WriteTx stores an enum. */
final class Codes {
    private Codes() {
    }

    /**
     * The stored code of {@code value} (any case, blanks or hyphens for underscores), null when blank;
     * anything else is refused with {@code key}, naming the value and the allowed codes.
     */
    static String check(Enum<?>[] allowed, String value, String key) {
        String v = Fold.clean(value);
        if (v == null) {
            return null;
        }
        String code = v.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Enum<?> e : allowed) {
            if (code(e).equals(code)) {
                return code;
            }
        }
        throw new LeadException(key, v, Arrays.stream(allowed).map(Codes::code).collect(Collectors.joining(", ")));
    }

    static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
