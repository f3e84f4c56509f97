package org.tradekit.catalog.io;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.ProductField;

/** Reads the cells of one row through the column mapping into a {@link RowEdit}, noting each bad cell. */
final class RowReader {
    private final ColumnMapping mapping;

    RowReader(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    /** The row's edit; bad cells are added to {@code problems} and left out of the edit. */
    RowEdit read(SourceRow row, List<RowProblem> problems) {
        RowEdit edit = new RowEdit();
        List<String> headers = mapping.headers();
        for (int i = 0; i < headers.size(); i++) {
            ColumnTarget t = mapping.target(i);
            if (!t.imports()) {
                continue;
            }
            String text = row.cell(i);
            try {
                switch (t.kind()) {
                    case FIELD -> edit.set(t.field(), ValueParser.parse(t.field(), text));
                    case CERTIFICATIONS -> edit.setCertifications(CertificationCell.parse(text));
                    case TRANSLATED_NAME -> edit.setTranslatedName(t.lang(), ValueParser.plainText(text));
                    case TRANSLATED_DESCRIPTION -> edit.setTranslatedDescription(t.lang(), ValueParser.plainText(text));
                    default -> throw new IllegalStateException(t.toString());
                }
            } catch (BadValue bad) {
                problems.add(new RowProblem(row.row(), i, headers.get(i), t.fileColumn(), bad.key(),
                        List.of(bad.args())));
            }
        }
        for (int i = headers.size(); i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) { // usually a comma inside an unquoted number: 1,5 in a comma file
                problems.add(new RowProblem(row.row(), i, ColumnMapping.letter(i), "", "import.error.extraCells",
                        List.of(row.cells().size(), headers.size())));
                break;
            }
        }
        return edit;
    }

    /** A product rule broken by the row, placed at the column that holds the field (if the file has it). */
    RowProblem locate(long row, FieldProblem p) {
        ColumnTarget target = ColumnTarget.CERTIFICATIONS_COLUMN.equals(p.field()) ? ColumnTarget.CERTIFICATIONS
                : Arrays.stream(ProductField.values()).filter(f -> f.column().equals(p.field())).findFirst()
                        .map(ColumnTarget::field).orElse(null);
        OptionalInt column = target == null ? OptionalInt.empty() : mapping.columnOf(target);
        String name = target == null ? p.field() : target.fileColumn();
        return column.isPresent()
                ? new RowProblem(row, column.getAsInt(), mapping.headers().get(column.getAsInt()), name, p.key(), p.args())
                : new RowProblem(row, -1, name, name, p.key(), p.args());
    }
}
