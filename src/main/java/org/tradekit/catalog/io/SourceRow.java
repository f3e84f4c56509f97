package org.tradekit.catalog.io;

import java.util.List;

/**
 * One record of a table file: the row number the user sees (the line where a CSV record starts, the
 * sheet row in XLSX) and its cells as text, in column order (missing trailing cells are absent).
 */
public record SourceRow(long row, List<String> cells) {
    public SourceRow {
        cells = List.copyOf(cells);
    }

    /** The cell's text, "" when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
