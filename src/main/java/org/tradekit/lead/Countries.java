package org.tradekit.lead;

import java.util.Locale;
import java.util.Set;

import org.tradekit.text.Fold;

/** ISO 3166-1 alpha-2 country codes, as leads and fairs store them. */
final class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    /** The code in upper case, null when blank; an unknown code is refused in words. */
    static String check(String country) {
        String c = Fold.clean(country);
        if (c == null) {
            return null;
        }
        String code = c.toUpperCase(Locale.ROOT);
        if (!CODES.contains(code)) {
            throw new LeadException("lead.error.country", c);
        }
        return code;
    }
}
