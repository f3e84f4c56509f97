package org.tradekit.gs1;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks AI values against the Syntax Dictionary (length, character set, linters) and a set of AIs
 * against its pairing rules: no AI repeated with another value, no mutually exclusive pair
 * ({@code ex=}), every required partner present ({@code req=}).
 */
public final class AiValidator {
    private final AiDictionary dictionary;

    public AiValidator(AiDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public static AiValidator gs1() {
        return new AiValidator(AiDictionary.gs1());
    }

    public AiDictionary dictionary() {
        return dictionary;
    }

    /** The entry for an AI; unknown AIs are refused unless {@code permitUnknown}. */
    public AiEntry entry(String ai, boolean permitUnknown) {
        return dictionary.entry(ai).orElseGet(() -> {
            if (!permitUnknown || ai.length() < 2 || ai.length() > 4 || !ai.chars().allMatch(Character::isDigit)) {
                throw new Gs1Exception("gs1.error.unknownAi", ai);
            }
            return AiEntry.unknown(ai);
        });
    }

    /** Checks one value: each component's length, character set and content. */
    public void checkValue(AiEntry entry, String value) {
        String ai = entry.ai();
        if (value.isEmpty()) {
            throw new Gs1Exception("gs1.error.valueEmpty", ai);
        }
        int pos = 0;
        for (AiComponent c : entry.components()) {
            int left = value.length() - pos;
            if (left == 0 && c.optional()) {
                break;
            }
            if (left < c.minLength()) {
                throw new Gs1Exception("gs1.error.tooShort", ai, value);
            }
            int len = c.fixedLength() ? c.minLength() : Math.min(left, c.maxLength());
            String part = value.substring(pos, pos + len);
            int bad = Cset.firstOutside(part, Cset.of(c.charset()));
            if (bad >= 0) {
                String key = c.charset() == 'N' ? "gs1.error.notNumeric" : "gs1.error.badCharacter";
                throw new Gs1Exception(key, ai, String.valueOf(part.charAt(bad)), value);
            }
            for (String linter : c.linters()) {
                AiLinters.check(linter, ai, part);
            }
            pos += len;
        }
        if (pos < value.length()) {
            throw new Gs1Exception("gs1.error.tooLong", ai, value);
        }
    }

    /** Checks each value and then the pairing rules over the whole set. */
    public void check(List<AiElement> elements, boolean permitUnknown) {
        for (AiElement e : elements) {
            checkValue(entry(e.ai(), permitUnknown), e.value());
        }
        checkRepeats(elements);
        checkExclusions(elements);
        checkRequisites(elements);
        checkDigitalSignatureKey(elements);
    }

    public void checkRepeats(List<AiElement> elements) {
        Map<String, String> seen = new HashMap<>();
        for (AiElement e : elements) {
            String before = seen.putIfAbsent(e.ai(), e.value());
            if (before != null && !before.equals(e.value())) {
                throw new Gs1Exception("gs1.error.repeated", e.ai(), before, e.value());
            }
        }
    }

    public void checkExclusions(List<AiElement> elements) {
        for (AiElement e : elements) {
            for (String pattern : dictionary.entry(e.ai()).map(AiEntry::exclusions).orElse(List.of())) {
                for (AiElement other : elements) {
                    if (!other.ai().equals(e.ai()) && matches(pattern, other.ai())) {
                        throw new Gs1Exception("gs1.error.excludes", e.ai(), other.ai());
                    }
                }
            }
        }
    }

    public void checkRequisites(List<AiElement> elements) {
        for (AiElement e : elements) {
            for (String req : dictionary.entry(e.ai()).map(AiEntry::requisites).orElse(List.of())) {
                if (!satisfied(req, elements)) {
                    throw new Gs1Exception("gs1.error.requires", e.ai(), readable(req));
                }
            }
        }
    }

    private static boolean satisfied(String req, List<AiElement> elements) {
        for (String group : req.split(",")) {
            boolean all = true;
            for (String member : group.split("\\+")) {
                all &= elements.stream().anyMatch(el -> matches(member, el.ai()));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** "01+21,8006" as "(01)+(21) or (8006)". */
    private static String readable(String req) {
        return String.join(" | ", java.util.Arrays.stream(req.split(","))
                .map(g -> "(" + g.replace("+", ")+(") + ")").toList());
    }

    /**
     * A digital signature (8030) needs a serialised key: (253), (255) and (8003) then must carry
     * their optional serial component.
     */
    public void checkDigitalSignatureKey(List<AiElement> elements) {
        if (elements.stream().noneMatch(e -> e.ai().equals("8030"))) {
            return;
        }
        for (AiElement e : elements) {
            if (List.of("253", "255", "8003").contains(e.ai())) {
                int mandatory = dictionary.entry(e.ai()).orElseThrow().components().stream()
                        .filter(c -> !c.optional()).mapToInt(AiComponent::maxLength).sum();
                if (e.value().length() <= mandatory) {
                    throw new Gs1Exception("gs1.error.signatureNeedsSerial", e.ai());
                }
            }
        }
    }

    /** An AI against a dictionary pattern where {@code n} stands for any digit ("394n", "31nn"). */
    static boolean matches(String pattern, String ai) {
        if (pattern.length() != ai.length()) {
            return false;
        }
        for (int i = 0; i < ai.length(); i++) {
            char p = pattern.charAt(i);
            if (p != ai.charAt(i) && !(p == 'n' && Character.isDigit(ai.charAt(i)))) {
                return false;
            }
        }
        return true;
    }
}
