package org.tradekit.gs1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AI table read from GS1's machine-readable Barcode Syntax Dictionary
 * ({@code /gs1/gs1-syntax-dictionary.txt}), so formats, check digits, dates and Digital Link rules
 * come from GS1's own file rather than from hand-written tables. Immutable once loaded.
 */
public final class AiDictionary {
    private static final String RESOURCE = "/gs1/gs1-syntax-dictionary.txt";
    private static final String FLAG_CHARS = "*!?\"$%&'()+,-./:;<=>@[\\]^_`{|}~";
    private static final Pattern COMPONENT = Pattern.compile("(\\[)?([NXYZ])(\\d*)(\\.\\.(\\d+))?(])?((?:,\\w+)*)");

    private final Map<String, AiEntry> entries;
    /** Every valid Digital Link path sequence, AIs joined by spaces: "01", "01 22", "01 10 21", "01 235"... */
    private final Set<String> dlPathSequences;

    private AiDictionary(Map<String, AiEntry> entries) {
        this.entries = Map.copyOf(entries);
        Set<String> seqs = new TreeSet<>();
        for (AiEntry e : entries.values()) {
            for (List<String> path : e.dlQualifierPaths()) {
                addSubsequences(seqs, e.ai(), path);
            }
        }
        this.dlPathSequences = Set.copyOf(seqs);
    }

    private static final class Holder {
        static final AiDictionary GS1 = load();
    }

    /** GS1's dictionary, loaded once from the class path. */
    public static AiDictionary gs1() {
        return Holder.GS1;
    }

    public Optional<AiEntry> entry(String ai) {
        return Optional.ofNullable(entries.get(ai));
    }

    /** The known AI that starts {@code data} at {@code from} (AIs are 2 to 4 digits and prefix-free). */
    public Optional<AiEntry> entryAt(CharSequence data, int from) {
        for (int len = 2; len <= 4 && from + len <= data.length(); len++) {
            AiEntry e = entries.get(data.subSequence(from, from + len).toString());
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether the AIs, in this order, form a primary key followed by qualifiers the standard allows. */
    public boolean isValidDlPath(List<String> ais) {
        return dlPathSequences.contains(String.join(" ", ais));
    }

    public int size() {
        return entries.size();
    }

    private static void addSubsequences(Set<String> out, String key, List<String> qualifiers) {
        int n = qualifiers.size();
        for (int mask = 0; mask < (1 << n); mask++) {
            StringBuilder sb = new StringBuilder(key);
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    sb.append(' ').append(qualifiers.get(i));
                }
            }
            out.add(sb.toString());
        }
    }

    static AiDictionary load() {
        try (InputStream in = AiDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AiDictionary parse(BufferedReader reader) throws IOException {
        Map<String, AiEntry> map = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String body = line.strip();
            if (body.isEmpty() || body.startsWith("#")) {
                continue;
            }
            String title = "";
            int hash = body.indexOf('#');
            if (hash >= 0) {
                title = body.substring(hash + 1).strip();
                body = body.substring(0, hash).strip();
            }
            List<String> tokens = new ArrayList<>(Arrays.asList(body.split("\\s+")));
            String range = tokens.remove(0);
            String flags = "";
            if (!tokens.isEmpty() && tokens.get(0).chars().allMatch(ch -> FLAG_CHARS.indexOf(ch) >= 0)) {
                flags = tokens.remove(0);
            }
            List<AiComponent> components = new ArrayList<>();
            List<List<String>> paths = new ArrayList<>();
            List<String> req = new ArrayList<>();
            List<String> ex = new ArrayList<>();
            for (String t : tokens) {
                Matcher m = COMPONENT.matcher(t);
                if (m.matches()) {
                    components.add(component(m));
                } else if (t.equals("dlpkey")) {
                    paths.add(List.of());
                } else if (t.startsWith("dlpkey=")) {
                    for (String alt : t.substring(7).split("\\|")) {
                        paths.add(List.of(alt.split(",")));
                    }
                } else if (t.startsWith("req=")) {
                    req.add(t.substring(4));
                } else if (t.startsWith("ex=")) {
                    ex.addAll(List.of(t.substring(3).split(",")));
                }
            }
            for (String ai : expand(range)) {
                map.put(ai, new AiEntry(ai, flags.indexOf('*') < 0, flags.indexOf('?') >= 0, components, paths, req,
                        ex, title, true));
            }
        }
        return new AiDictionary(map);
    }

    private static AiComponent component(Matcher m) {
        char type = m.group(2).charAt(0);
        int min;
        int max;
        if (m.group(4) != null) {
            min = m.group(3).isEmpty() ? 1 : Integer.parseInt(m.group(3));
            max = Integer.parseInt(m.group(5));
        } else {
            min = Integer.parseInt(m.group(3));
            max = min;
        }
        List<String> linters = m.group(7).isEmpty() ? List.of() : List.of(m.group(7).substring(1).split(","));
        return new AiComponent(type, min, max, m.group(1) != null, linters);
    }

    private static List<String> expand(String range) {
        int dash = range.indexOf('-');
        if (dash < 0) {
            return List.of(range);
        }
        String from = range.substring(0, dash);
        String to = range.substring(dash + 1);
        List<String> out = new ArrayList<>();
        for (int i = Integer.parseInt(from); i <= Integer.parseInt(to); i++) {
            out.add(String.format("%0" + from.length() + "d", i));
        }
        return out;
    }
}
