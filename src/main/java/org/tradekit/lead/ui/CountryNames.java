package org.tradekit.lead.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.tradekit.text.Fold;

/**
 * Countries by their name in the user's language (and in English) or their two-letter code, for
 * the capture form's type-ahead: "đức", "germ" and "de" all find Germany.
 */
public final class CountryNames {
    private record Entry(String code, String name, String key, String english) {
    }

    /** What people type that is no country's name in the JDK: the everyday short forms. */
    private static final java.util.Map<String, String> ALIASES = java.util.Map.of("korea", "KR", "han quoc", "KR",
            "usa", "US", "uk", "GB", "england", "GB", "viet nam", "VN", "holland", "NL", "uae", "AE");

    private final List<Entry> entries = new ArrayList<>();

    public CountryNames(Locale language) {
        for (String code : Locale.getISOCountries()) {
            Locale c = new Locale.Builder().setRegion(code).build();
            String name = c.getDisplayCountry(language);
            entries.add(new Entry(code, name, Fold.key(name), Fold.key(c.getDisplayCountry(Locale.ENGLISH))));
        }
        entries.sort(Comparator.comparing(Entry::key));
    }

    /** The country's name in the user's language; the code itself when unknown, "" for null. */
    public String name(String code) {
        if (code == null) {
            return "";
        }
        return entries.stream().filter(e -> e.code().equals(code)).map(Entry::name).findFirst().orElse(code);
    }

    /**
     * Codes matching typed text, best first: the exact code or name, then names starting with it,
     * then names containing a word starting with it. At most {@code limit}.
     */
    public List<String> match(String typed, int limit) {
        String t = Fold.key(typed == null ? "" : typed);
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> exact = new ArrayList<>();
        if (ALIASES.containsKey(t)) {
            exact.add(ALIASES.get(t));
        }
        List<String> starts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Entry e : entries) {
            if (e.code().equalsIgnoreCase(t) || e.key().equals(t) || e.english().equals(t)) {
                exact.add(e.code());
            } else if (e.key().startsWith(t) || e.english().startsWith(t)) {
                starts.add(e.code());
            } else if (e.key().contains(" " + t) || e.english().contains(" " + t)) {
                words.add(e.code());
            }
        }
        List<String> all = new ArrayList<>(exact);
        all.addAll(starts);
        all.addAll(words);
        return all.stream().distinct().limit(limit).toList();
    }

    /** The code typed text stands for: its best match; null when blank or nothing matches. */
    public String resolve(String typed) {
        List<String> m = match(typed, 1);
        return m.isEmpty() ? null : m.get(0);
    }
}
