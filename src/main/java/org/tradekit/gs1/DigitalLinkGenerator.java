package org.tradekit.gs1;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns AI data into a Digital Link URI as GS1's engine does: the first AI that is a primary key
 * goes first in the path, followed by the qualifier sequence that takes up most of the given AIs
 * (in the standard's order, whatever order they came in); the other AIs become query parameters,
 * predefined-length ones first, each only if the standard permits it as a data attribute.
 */
public final class DigitalLinkGenerator {
    private final AiValidator validator;
    private final boolean unknownAiAttributes;

    public DigitalLinkGenerator(AiValidator validator, boolean unknownAiAttributes) {
        this.validator = validator;
        this.unknownAiAttributes = unknownAiAttributes;
    }

    public static DigitalLinkGenerator gs1() {
        return new DigitalLinkGenerator(AiValidator.gs1(), false);
    }

    /**
     * @param stem scheme, domain and optional path prefix, e.g. {@code https://trace.example.vn};
     *        null for GS1's canonical {@code https://id.gs1.org}; a trailing slash is dropped
     */
    public DigitalLink generate(String stem, List<AiElement> elements) {
        String base = stem == null ? DigitalLink.CANONICAL_STEM : stem;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        AiDictionary dict = validator.dictionary();
        AiEntry key = null;
        for (AiElement e : elements) {
            AiEntry entry = dict.entry(e.ai()).orElse(null);
            if (entry != null && entry.isDlPrimaryKey()) {
                key = entry;
                break;
            }
        }
        if (key == null) {
            throw new Gs1Exception("gs1.dl.error.noPrimaryKey");
        }
        List<String> sequence = bestSequence(key, elements);
        List<AiElement> path = new ArrayList<>();
        for (String ai : sequence) {
            elements.stream().filter(e -> e.ai().equals(ai)).findFirst().ifPresent(path::add);
        }
        List<AiElement> attributes = new ArrayList<>();
        for (boolean fixed : new boolean[] {true, false}) {
            Set<String> done = new HashSet<>();
            for (AiElement e : elements) {
                AiEntry entry = dict.entry(e.ai()).orElse(null);
                boolean isFixed = entry != null && !entry.fnc1Required();
                if (sequence.contains(e.ai()) || isFixed != fixed || !done.add(e.ai())) {
                    continue;
                }
                boolean allowed = entry != null ? entry.dlDataAttribute() : unknownAiAttributes;
                if (!allowed) {
                    throw new Gs1Exception("gs1.dl.error.notAttribute", e.ai());
                }
                attributes.add(e);
            }
        }
        return new DigitalLink(base, path, attributes, List.of());
    }

    /**
     * Among the key's valid sequences in lexical order, the first that matches the most given AIs
     * (so "01 10" wins over "01 235" when each matches one), as the engine chooses.
     */
    private List<String> bestSequence(AiEntry key, List<AiElement> elements) {
        Set<String> sequences = new TreeSet<>();
        for (List<String> alternative : key.dlQualifierPaths()) {
            int n = alternative.size();
            for (int mask = 0; mask < (1 << n); mask++) {
                StringBuilder sb = new StringBuilder(key.ai());
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        sb.append(' ').append(alternative.get(i));
                    }
                }
                sequences.add(sb.toString());
            }
        }
        List<String> best = List.of(key.ai());
        int max = 0;
        for (String seq : sequences) {
            List<String> ais = List.of(seq.split(" "));
            int matches = 0;
            for (String q : ais.subList(1, ais.size())) {
                matches += (int) elements.stream().filter(e -> e.ai().equals(q)).count();
            }
            if (matches > max) {
                max = matches;
                best = ais;
            }
        }
        return best;
    }
}
