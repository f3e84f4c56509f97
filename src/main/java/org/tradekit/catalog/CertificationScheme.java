package org.tradekit.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Certifications cooperatives hold. OTHER carries its own name in the certification's number field or label. */
public enum CertificationScheme {
    VIETGAP("VietGAP"), GLOBALGAP("GlobalG.A.P."), ORGANIC("Organic"), HACCP("HACCP"), ISO22000("ISO 22000"),
    HALAL("Halal"), OTHER("Other");

    private final String label;

    CertificationScheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the ways people write them: "VietGAP", "Global GAP", "GLOBALG.A.P.", "iso22000", "hữu cơ". */
    public static Optional<CertificationScheme> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return switch (k) {
            case "vietgap" -> Optional.of(VIETGAP);
            case "globalgap" -> Optional.of(GLOBALGAP);
            case "organic", "huuco", "bio", "usdaorganic", "euorganic" -> Optional.of(ORGANIC);
            case "haccp" -> Optional.of(HACCP);
            case "iso22000" -> Optional.of(ISO22000);
            case "halal" -> Optional.of(HALAL);
            default -> Optional.empty();
        };
    }
}
