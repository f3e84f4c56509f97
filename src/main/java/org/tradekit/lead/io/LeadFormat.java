package org.tradekit.lead.io;

import java.util.Locale;
import java.util.Optional;

/** The files leads are written to (CSV, XLSX, vCard) and read from (CSV, vCard). */
public enum LeadFormat {
    CSV, XLSX, VCF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LeadFormat> of(String name) {
        for (LeadFormat f : values()) {
            if (f.extension().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
