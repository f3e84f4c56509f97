package org.tradekit.lead.card;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tradekit.text.Fold;

/**
 * A country as written on a card ("Viet Nam", "Việt Nam", "Germany", "DE", "中国") to its ISO 3166
 * alpha-2 code, using the JDK's own country names in English, Vietnamese and each country's languages.
 */
final class Countries {
    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Map<String, String> BY_NAME = names();

    private Countries() {
    }

    /** The alpha-2 code, or null when the text is not a country we recognise. */
    static String code(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() == 2 && CODES.contains(t.toUpperCase(Locale.ROOT))) {
            return t.toUpperCase(Locale.ROOT);
        }
        return BY_NAME.get(Fold.key(t));
    }

    private static Map<String, String> names() {
        Map<String, String> m = new HashMap<>();
        Locale[] languages = {Locale.ENGLISH, Locale.forLanguageTag("vi"), Locale.FRENCH, Locale.GERMAN,
                Locale.CHINESE, Locale.JAPANESE, Locale.KOREAN, Locale.forLanguageTag("th"), Locale.forLanguageTag("es")};
        for (String code : CODES) {
            Locale country = new Locale.Builder().setRegion(code).build();
            for (Locale language : languages) {
                m.putIfAbsent(Fold.key(country.getDisplayCountry(language)), code);
            }
            try {
                m.putIfAbsent(Fold.key(country.getISO3Country()), code);
            } catch (java.util.MissingResourceException e) {
                // no alpha-3 code known to the JDK: the names suffice
            }
        }
        for (String[] alias : new String[][] {{"Viet Nam", "VN"}, {"USA", "US"}, {"United States of America", "US"},
                {"UK", "GB"}, {"Great Britain", "GB"}, {"England", "GB"}, {"PRC", "CN"}, {"Korea", "KR"},
                {"South Korea", "KR"}, {"Hàn Quốc", "KR"}, {"Holland", "NL"}, {"UAE", "AE"}, {"Trung Quốc", "CN"}}) {
            m.put(Fold.key(alias[0]), alias[1]);
        }
        return Map.copyOf(m);
    }
}
