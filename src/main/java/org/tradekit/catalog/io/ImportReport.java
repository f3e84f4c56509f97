package org.tradekit.catalog.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, or a dry run would do: rows read, products created, updated and left
 * unchanged, rows refused with their problems (the first {@link ProductImporter#LISTED_PROBLEMS}
 * listed, all counted), and whether anything was written.
 */
public record ImportReport(Path file, SourceInfo source, ImportOptions options, boolean written, long rowsRead,
        long created, long updated, long unchanged, long refused, List<RowProblem> problems, long problemCount,
        List<ImportNotice> notices, long elapsedMs) {

    public ImportReport {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    /** Rows that were (or in a dry run would be) accepted. */
    public long imported() {
        return created + updated + unchanged;
    }

    /** The listed problems grouped by row, rows in file order: what a table of refused rows shows. */
    public Map<Long, List<RowProblem>> problemsByRow() {
        Map<Long, List<RowProblem>> out = new LinkedHashMap<>();
        for (RowProblem p : problems) {
            out.computeIfAbsent(p.row(), r -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** True when problems were found beyond those listed. */
    public boolean problemsTruncated() {
        return problemCount > problems.size();
    }
}
