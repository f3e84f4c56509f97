package org.tradekit.brochure;

import java.nio.file.Path;
import java.util.List;

/** A brochure written: where, how many pages and products, its size, the time it took and what it shows differently. */
public record BrochureResult(Path file, int pages, int products, long bytes, long millis, List<BrochureWarning> warnings) {
    public BrochureResult {
        warnings = List.copyOf(warnings);
    }
}
