package org.tradekit.catalog.io;

import java.util.List;

/**
 * Why a row was refused: its row number in the file, the column (index from 0, -1 when the file
 * has no such column), the header as the file writes it (or the canonical name), the product field
 * concerned, and the message as an i18n key with arguments.
 */
public record RowProblem(long row, int column, String header, String field, String key, List<Object> args) {
    public RowProblem {
        args = List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }

    /** Excel's letter of the column, or "" when the file has no such column. */
    public String columnLetter() {
        return column < 0 ? "" : ColumnMapping.letter(column);
    }
}
