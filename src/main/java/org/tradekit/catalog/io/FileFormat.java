package org.tradekit.catalog.io;

import java.util.Locale;
import java.util.Optional;

/** The file kinds the catalog reads (CSV, XLSX) and writes (CSV, XLSX, JSON). */
public enum FileFormat {
    CSV, XLSX, JSON;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FileFormat> of(String name) {
        for (FileFormat f : values()) {
            if (f.extension().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
