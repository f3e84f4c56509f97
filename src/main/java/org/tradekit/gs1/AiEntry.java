package org.tradekit.gs1;

import java.util.List;

/**
 * An Application Identifier as the GS1 Syntax Dictionary describes it.
 *
 * @param fnc1Required false for the predefined-length AIs (flag {@code *}) that need no separator after them
 * @param dlDataAttribute whether a Digital Link may carry it as a query parameter (flag {@code ?})
 * @param dlQualifierPaths when the AI is a Digital Link primary key, the alternative ordered qualifier
 *        sequences ({@code dlpkey=22,10,21|235} gives two); empty when it is not a key
 * @param requisites each entry one {@code req=} attribute: comma-separated alternatives, {@code +} joins AIs
 *        that must all be present, {@code n} in a pattern stands for any digit
 * @param exclusions AIs or patterns that must not appear together with this one
 * @param known false for an AI that the dictionary lacks but the caller chose to accept
 */
public record AiEntry(String ai, boolean fnc1Required, boolean dlDataAttribute, List<AiComponent> components,
        List<List<String>> dlQualifierPaths, List<String> requisites, List<String> exclusions, String title,
        boolean known) {
    public AiEntry {
        components = List.copyOf(components);
        dlQualifierPaths = dlQualifierPaths.stream().map(List::copyOf).toList();
        requisites = List.copyOf(requisites);
        exclusions = List.copyOf(exclusions);
    }

    /** What the engine assumes for an AI missing from the dictionary when unknown AIs are permitted. */
    static AiEntry unknown(String ai) {
        return new AiEntry(ai, true, false, List.of(new AiComponent('X', 1, 90, false, List.of())), List.of(),
                List.of(), List.of(), "", false);
    }

    public boolean isDlPrimaryKey() {
        return !dlQualifierPaths.isEmpty();
    }

    /** The total length when every component has a fixed length and none is optional, else -1. */
    public int fixedLength() {
        int sum = 0;
        for (AiComponent c : components) {
            if (!c.fixedLength() || c.optional()) {
                return -1;
            }
            sum += c.maxLength();
        }
        return sum;
    }
}
