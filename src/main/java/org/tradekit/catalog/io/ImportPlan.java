package org.tradekit.catalog.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file ready to import: what was detected about it, its headers and how they map to product
 * fields. A view model shows it, lets the user change the mapping ({@link #withMapping}), then
 * runs a dry run and the import with it. Immutable.
 */
public record ImportPlan(Path file, SourceInfo source, ColumnMapping mapping) {

    /**
     * Opens a file, detects its format, encoding and separator, checks it has a row, and maps its header.
     *
     * @throws CatalogFileException when the file cannot be imported at all (missing, empty, not a table, no rows)
     */
    public static ImportPlan of(Path file) {
        try (RowSource source = RowSource.open(file)) {
            if (source.next() == null) {
                throw new CatalogFileException("import.error.noRows", file);
            }
            return new ImportPlan(file, source.info(), ColumnMapping.auto(source.headers()));
        }
    }

    public List<String> headers() {
        return mapping.headers();
    }

    public ImportPlan withMapping(ColumnMapping m) {
        if (!m.headers().equals(mapping.headers())) {
            throw new IllegalArgumentException("mapping for another file");
        }
        return new ImportPlan(file, source, m);
    }

    /** What stops the import until the mapping is changed (no SKU column, two columns for one field). */
    public List<ImportNotice> blockers() {
        return mapping.blockers();
    }

    /** What the user should know: a fallback character set, columns that will not be imported. */
    public List<ImportNotice> notices() {
        List<ImportNotice> out = new ArrayList<>();
        if (source.charsetFallback()) {
            out.add(new ImportNotice("import.notice.charset", List.of(source.charset())));
        }
        for (int column : mapping.unmapped()) {
            out.add(new ImportNotice("import.notice.unmapped",
                    List.of(mapping.headers().get(column), ColumnMapping.letter(column))));
        }
        return out;
    }
}
