package org.tradekit.brochure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three documents: a catalogue of products, one spec sheet per product, a price list. */
public enum BrochureType {
    CATALOGUE("doc.catalogue.title"), SPEC("doc.spec.title"), PRICELIST("doc.pricelist.title");

    private final String titleKey;

    BrochureType(String titleKey) {
        this.titleKey = titleKey;
    }

    /** The document word that titles it. */
    String titleKey() {
        return titleKey;
    }

    public static Optional<BrochureType> of(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(n)).findFirst();
    }
}
