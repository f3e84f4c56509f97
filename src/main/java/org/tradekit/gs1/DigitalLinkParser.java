package org.tradekit.gs1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses GS1 Digital Link URIs the way GS1's Barcode Syntax Engine does: the rightmost
 * {@code /AI/value} pair whose AI is a primary key starts the Digital Link path (anything before it
 * is the stem), the key-qualifier sequence must be one the standard allows, query parameters that
 * are AIs must be permitted data attributes that do not belong in the path, and every value is
 * checked against the Syntax Dictionary. {@link Options#USER_INPUT} first tidies what people and
 * scanners produce (spaces, a missing or upper-case scheme, an upper-case host, a trailing slash,
 * GTIN-8/12/13 instead of GTIN-14, the old short names such as {@code /gtin/}).
 */
public final class DigitalLinkParser {
    private static final String URI_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";
    private static final String BAD_DOMAIN_CHARS = "_~?#@!$&'()*+,;=%";
    /** Short names of Digital Link 1.0 ("convenience alphas"), deprecated but still printed on packs. */
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("cpid", "8010"),
            Map.entry("cpsn", "8011"), Map.entry("cpv", "22"), Map.entry("gcn", "255"), Map.entry("gdti", "253"),
            Map.entry("giai", "8004"), Map.entry("ginc", "401"), Map.entry("gln", "414"), Map.entry("glnx", "254"),
            Map.entry("gmn", "8013"), Map.entry("grai", "8003"), Map.entry("gsin", "402"), Map.entry("gsrn", "8018"),
            Map.entry("gsrnp", "8017"), Map.entry("gtin", "01"), Map.entry("itip", "8006"), Map.entry("lot", "10"),
            Map.entry("party", "417"), Map.entry("refno", "8020"), Map.entry("ser", "21"), Map.entry("srin", "8019"),
            Map.entry("sscc", "00"));

    /**
     * @param shortNames accept {@code /gtin/}, {@code /lot/}, {@code /ser/}... for the numeric AIs
     * @param zeroSuppressedGtin accept GTIN-8, -12 and -13 for AI (01) and pad them to 14 digits
     * @param unknownAis accept numeric AIs missing from the dictionary (as X..90)
     * @param unknownAiAttributes accept such AIs as query data attributes too
     * @param tidy trim, add a missing https://, lower-case scheme and host, drop trailing slashes
     */
    public record Options(boolean shortNames, boolean zeroSuppressedGtin, boolean unknownAis,
            boolean unknownAiAttributes, boolean tidy) {
        /** Exactly GS1's engine with its default settings. */
        public static final Options STRICT = new Options(false, false, false, false, false);
        /** What a person pastes or types, or a scanner types like a keyboard. */
        public static final Options USER_INPUT = new Options(true, true, false, false, true);
    }

    private final AiValidator validator;
    private final Options options;

    public DigitalLinkParser(AiValidator validator, Options options) {
        this.validator = validator;
        this.options = options;
    }

    public static DigitalLinkParser strict() {
        return new DigitalLinkParser(AiValidator.gs1(), Options.STRICT);
    }

    public static DigitalLinkParser forUserInput() {
        return new DigitalLinkParser(AiValidator.gs1(), Options.USER_INPUT);
    }

    public DigitalLink parse(String input) {
        String uri = options.tidy() ? tidy(input) : input;
        if (uri == null || uri.isEmpty()) {
            throw new Gs1Exception("gs1.dl.error.empty");
        }
        int bad = Cset.firstOutside(uri, URI_CHARS);
        if (bad >= 0) {
            throw new Gs1Exception("gs1.dl.error.characters", String.valueOf(uri.charAt(bad)));
        }
        int afterScheme = schemeLength(uri);
        int slash = uri.indexOf('/', afterScheme);
        if (slash <= afterScheme) {
            throw new Gs1Exception("gs1.dl.error.domain");
        }
        String domain = uri.substring(afterScheme, slash);
        if (anyIn(domain, BAD_DOMAIN_CHARS)) {
            throw new Gs1Exception("gs1.dl.error.domain");
        }
        String rest = uri.substring(slash);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        List<String> segments = Arrays.asList(rest.substring(1).split("/", -1));
        int keyAt = findKey(segments);
        List<AiElement> path = new ArrayList<>();
        for (int i = keyAt; i < segments.size(); i += 2) {
            AiEntry entry = entryOf(segments.get(i));
            path.add(new AiElement(entry.ai(), pathValue(entry, segments.get(i + 1))));
        }
        String stem = uri.substring(0, slash) + (keyAt == 0 ? "" : "/" + String.join("/", segments.subList(0, keyAt)));
        List<AiElement> attributes = new ArrayList<>();
        List<String> other = new ArrayList<>();
        if (query != null) {
            readQuery(query, attributes, other);
        }
        checkPath(path);
        checkAttributes(path, attributes);
        List<AiElement> all = new ArrayList<>(path);
        all.addAll(attributes);
        validator.checkRepeats(all);
        validator.checkExclusions(all);
        validator.checkRequisites(all);
        return new DigitalLink(stem, path, attributes, other);
    }

    private static boolean anyIn(String s, String chars) {
        return s.chars().anyMatch(ch -> chars.indexOf(ch) >= 0);
    }

    private static int schemeLength(String uri) {
        for (String scheme : List.of("https://", "HTTPS://", "http://", "HTTP://")) {
            if (uri.startsWith(scheme)) {
                return scheme.length();
            }
        }
        throw new Gs1Exception("gs1.dl.error.scheme");
    }

    /** Walks back over /AI/value pairs from the end; the first primary key found starts the path. */
    private int findKey(List<String> segments) {
        for (int i = segments.size() - 2; i >= 0; i -= 2) {
            AiEntry entry = lookup(segments.get(i));
            if (entry == null) {
                break;
            }
            if (entry.isDlPrimaryKey()) {
                return i;
            }
        }
        throw new Gs1Exception("gs1.dl.error.noKey");
    }

    private AiEntry lookup(String segment) {
        if (options.shortNames() && segment.length() >= 3 && segment.length() <= 5 && SHORT_NAMES.containsKey(segment)) {
            return validator.dictionary().entry(SHORT_NAMES.get(segment)).orElse(null);
        }
        return validator.dictionary().entry(segment).orElse(null);
    }

    private AiEntry entryOf(String segment) {
        AiEntry e = lookup(segment);
        if (e == null) {
            throw new Gs1Exception("gs1.error.unknownAi", segment);
        }
        return e;
    }

    private String pathValue(AiEntry entry, String raw) {
        if (raw.isEmpty()) {
            throw new Gs1Exception("gs1.dl.error.emptyValue", entry.ai());
        }
        String value = PercentEncoding.unescape(raw, false)
                .orElseThrow(() -> new Gs1Exception("gs1.dl.error.nul", entry.ai()));
        value = padGtin(entry, value);
        validator.checkValue(entry, value);
        return value;
    }

    private String padGtin(AiEntry entry, String value) {
        int n = value.length();
        if (options.zeroSuppressedGtin() && entry.ai().equals("01") && (n == 8 || n == 12 || n == 13)) {
            return "0".repeat(14 - n) + value;
        }
        return value;
    }

    void readQuery(String query, List<AiElement> attributes, List<String> other) {
        for (String param : query.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String key = eq < 0 ? param : param.substring(0, eq);
            boolean numeric = !key.isEmpty() && key.chars().allMatch(Character::isDigit);
            if (eq < 0 || !numeric) {
                other.add(param);
                continue;
            }
            AiEntry entry = validator.dictionary().entry(key).orElse(null);
            if (entry == null) {
                if (!options.unknownAis() || key.length() < 2 || key.length() > 4) {
                    throw new Gs1Exception("gs1.dl.error.unknownQueryAi", key);
                }
                entry = AiEntry.unknown(key);
            }
            String raw = param.substring(eq + 1);
            if (raw.isEmpty()) {
                throw new Gs1Exception("gs1.dl.error.emptyValue", key);
            }
            final AiEntry e = entry;
            String value = PercentEncoding.unescape(raw, true)
                    .orElseThrow(() -> new Gs1Exception("gs1.dl.error.nul", e.ai()));
            value = padGtin(entry, value);
            validator.checkValue(entry, value);
            attributes.add(new AiElement(entry.ai(), value));
        }
    }

    private void checkPath(List<AiElement> path) {
        List<String> ais = path.stream().map(AiElement::ai).toList();
        if (validator.dictionary().isValidDlPath(ais)) {
            return;
        }
        List<String> sorted = validOrder(ais);
        if (sorted != null) {
            throw new Gs1Exception("gs1.dl.error.qualifierOrder", slashed(ais), slashed(sorted));
        }
        throw new Gs1Exception("gs1.dl.error.qualifiers", slashed(ais));
    }

    /** The same AIs in an order the standard allows, if there is one (to tell the user how to fix it). */
    private List<String> validOrder(List<String> ais) {
        AiEntry key = validator.dictionary().entry(ais.get(0)).orElseThrow();
        for (List<String> alternative : key.dlQualifierPaths()) {
            List<String> candidate = new ArrayList<>(List.of(ais.get(0)));
            alternative.stream().filter(ais::contains).forEach(candidate::add);
            if (candidate.size() == ais.size() && validator.dictionary().isValidDlPath(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String slashed(List<String> ais) {
        StringBuilder sb = new StringBuilder();
        for (String ai : ais) {
            sb.append('/').append(ai).append("/…");
        }
        return sb.toString();
    }

    private void checkAttributes(List<AiElement> path, List<AiElement> attributes) {
        checkAttributesAgainst(path.stream().map(AiElement::ai).toList(), attributes);
    }

    /** Query attributes must be permitted ones, appear once, and not belong in a path of these AIs. */
    void checkAttributesAgainst(List<String> pathAis, List<AiElement> attributes) {
        List<String> seen = new ArrayList<>(pathAis);
        for (AiElement a : attributes) {
            if (seen.contains(a.ai())) {
                throw new Gs1Exception("gs1.dl.error.duplicate", a.ai());
            }
            seen.add(a.ai());
            AiEntry entry = validator.dictionary().entry(a.ai()).orElse(null);
            boolean allowed = entry != null ? entry.dlDataAttribute() : options.unknownAiAttributes();
            if (!allowed) {
                throw new Gs1Exception("gs1.dl.error.notAttribute", a.ai());
            }
            for (int at = 1; at <= pathAis.size(); at++) {
                List<String> trial = new ArrayList<>(pathAis);
                trial.add(at, a.ai());
                if (validator.dictionary().isValidDlPath(trial)) {
                    throw new Gs1Exception("gs1.dl.error.belongsInPath", a.ai());
                }
            }
        }
    }

    /** What people and scanners get wrong that the meaning survives. */
    static String tidy(String input) {
        if (input == null) {
            return null;
        }
        String s = input.strip();
        int scheme = s.indexOf("://");
        if (scheme < 0) {
            s = "https://" + s;
            scheme = 5;
        } else {
            s = s.substring(0, scheme).toLowerCase(Locale.ROOT) + s.substring(scheme);
        }
        int hostStart = scheme + 3;
        int hostEnd = s.indexOf('/', hostStart);
        if (hostEnd < 0) {
            return s;
        }
        s = s.substring(0, hostStart) + s.substring(hostStart, hostEnd).toLowerCase(Locale.ROOT) + s.substring(hostEnd);
        int pathEnd = firstOf(s, hostEnd, '?', '#');
        String pathPart = s.substring(0, pathEnd);
        while (pathPart.endsWith("/") && pathPart.length() > hostEnd + 1) {
            pathPart = pathPart.substring(0, pathPart.length() - 1);
        }
        return pathPart + s.substring(pathEnd);
    }

    private static int firstOf(String s, int from, char a, char b) {
        int i = s.indexOf(a, from);
        int j = s.indexOf(b, from);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
