package org.tradekit.lead.card;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.tradekit.text.Fold;

/**
 * Collects what a reader found and keeps it bounded: every field is cleaned and cut at
 * {@link #MAX_FIELD} characters, every list at {@link #MAX_ITEMS} entries (a hostile card cannot
 * fill the form or the store), phones are normalised, links to messaging apps become handles.
 */
final class CardBuilder {
    static final int MAX_FIELD = 500;
    static final int MAX_ITEMS = 20;
    /** Field names in problems are message keys, said in the user's language. */
    static final String FIELD = "lead.card.field.";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[A-Za-z]{2,}");

    private final String raw;
    private final CardFormat format;
    private String formattedName;
    private String givenName;
    private String familyName;
    private String organisation;
    private String jobTitle;
    private final Set<String> emails = new LinkedHashSet<>();
    private final List<CardPhone> phones = new ArrayList<>();
    private final Set<String> websites = new LinkedHashSet<>();
    private final Set<MessagingHandle> handles = new LinkedHashSet<>();
    private String address;
    private String country;
    private String note;
    private final List<CardProblem> problems = new ArrayList<>();
    private final Set<String> trimmed = new LinkedHashSet<>();

    CardBuilder(String raw, CardFormat format) {
        this.raw = raw;
        this.format = format;
    }

    CardBuilder formattedName(String v) { formattedName = field("formattedName", v); return this; }
    CardBuilder givenName(String v) { givenName = field("givenName", v); return this; }
    CardBuilder familyName(String v) { familyName = field("familyName", v); return this; }
    CardBuilder organisation(String v) { organisation = field("organisation", v); return this; }
    CardBuilder jobTitle(String v) { jobTitle = field("jobTitle", v); return this; }
    CardBuilder note(String v) { note = field("note", v); return this; }

    CardBuilder address(String v, String countryText) {
        if (address == null) {
            address = field("address", v);
            if (countryText != null) {
                country = Countries.code(countryText);
            }
        }
        return this;
    }

    boolean hasName() {
        return formattedName != null || givenName != null || familyName != null;
    }

    CardBuilder email(String v) {
        String e = withoutScheme(field("email", v), "mailto:");
        if (e == null || !room("email", emails.size())) {
            return this;
        }
        if (!EMAIL.matcher(e).matches()) {
            problems.add(CardProblem.of("lead.card.problem.emailInvalid", e));
        }
        emails.add(e);
        return this;
    }

    CardBuilder phone(String v) {
        String p = withoutScheme(field("phone", v), "tel:");
        if (p == null || !room("phone", phones.size())) {
            return this;
        }
        CardPhone phone = Phones.normalise(p);
        if (phones.stream().anyMatch(x -> x.raw().equals(phone.raw()))) {
            return this;
        }
        if (!phone.valid()) {
            problems.add(CardProblem.of("lead.card.problem.phoneInvalid", p));
        }
        phones.add(phone);
        return this;
    }

    /** A link: a messaging app's link (zalo.me, wa.me...) is a handle, anything else a website. */
    CardBuilder website(String v) {
        String w = field("website", v);
        if (w == null) {
            return this;
        }
        HandleKind kind = Handles.kindOfLink(w);
        if (kind != null) {
            return handle(kind, w);
        }
        if (room("website", websites.size())) {
            websites.add(w);
        }
        return this;
    }

    CardBuilder handle(HandleKind kind, String v) {
        String h = field("handle", v);
        if (h != null && room("handle", handles.size())) {
            handles.add(new MessagingHandle(kind, h));
        }
        return this;
    }

    CardBuilder problem(String key, Object... args) {
        problems.add(CardProblem.of(key, args));
        return this;
    }

    CardData build() {
        for (String f : trimmed) {
            if (!f.startsWith("+")) {
                problems.add(CardProblem.of("lead.card.problem.trimmed", FIELD + f, MAX_FIELD));
            }
        }
        trimmed.clear();
        return new CardData(formattedName, givenName, familyName, organisation, jobTitle, List.copyOf(emails),
                phones, List.copyOf(websites), List.copyOf(handles), address, country, note, raw, format, problems);
    }

    private boolean room(String what, int size) {
        if (size < MAX_ITEMS) {
            return true;
        }
        if (trimmed.add("+" + what)) {
            problems.add(CardProblem.of("lead.card.problem.tooMany", FIELD + what, MAX_ITEMS));
        }
        return false;
    }

    /** Cleans a value (NFC, no control characters, trimmed) and cuts it at MAX_FIELD; blank is null. */
    private String field(String name, String v) {
        if (v == null) {
            return null;
        }
        String s = v.length() > 4 * MAX_FIELD ? v.substring(0, 4 * MAX_FIELD) : v;
        s = Fold.nfc(s).replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > MAX_FIELD || v.length() > 4 * MAX_FIELD) {
            trimmed.add(name);
            s = s.substring(0, Math.min(s.length(), MAX_FIELD));
        }
        return s;
    }

    /** "mailto:a@b.vn" and "tel:+84..." as found in vCard 4 and links: the address or number itself. */
    private static String withoutScheme(String v, String scheme) {
        if (v == null || !v.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return v;
        }
        String rest = v.substring(scheme.length()).strip();
        return rest.isEmpty() ? null : rest;
    }
}
