package org.tradekit.catalog.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an XLSX workbook, streamed row by row by FastExcel's reader. Number cells
 * become text the importer reads back exactly ({@link Numbers#canonical}); cells formatted as
 * dates become ISO dates; text cells stay as typed.
 */
final class XlsxSource implements RowSource {
    private final Path file;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private List<String> headers;
    private long rowsRead;

    private XlsxSource(Path file, ReadableWorkbook workbook, Stream<Row> stream) {
        this.file = file;
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
    }

    static XlsxSource open(Path file) {
        ReadableWorkbook wb = null;
        try {
            wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            Sheet sheet = wb.getFirstSheet();
            XlsxSource source = new XlsxSource(file, wb, sheet.openStream());
            SourceRow first = source.next();
            if (first == null) {
                throw new CatalogFileException("import.error.empty", file);
            }
            source.headers = first.cells();
            return source;
        } catch (CatalogFileException e) {
            closeQuietly(wb);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(wb);
            throw damaged(file, e);
        }
    }

    private static CatalogFileException damaged(Path file, Exception e) {
        return new CatalogFileException("import.error.xlsxDamaged", e, file, String.valueOf(e.getMessage()));
    }

    @Override
    public SourceInfo info() {
        return SourceInfo.xlsx();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public SourceRow next() {
        try {
            while (rows.hasNext()) {
                Row r = rows.next();
                rowsRead++;
                List<String> cells = new ArrayList<>(r.getCellCount());
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(text(r.getCell(i)));
                }
                SourceRow row = new SourceRow(r.getRowNum(), cells);
                if (!row.isBlank()) {
                    return row;
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            throw damaged(file, e);
        }
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getType();
        if (type == CellType.NUMBER) {
            if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                try {
                    return cell.asDate().toLocalDate().toString();
                } catch (RuntimeException notADay) { // a negative or huge serial: show the number
                    return Numbers.canonical(cell.asNumber());
                }
            }
            return Numbers.canonical(cell.asNumber());
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean()).toUpperCase(Locale.ROOT);
        }
        if (type == CellType.EMPTY) {
            return "";
        }
        if (type == CellType.STRING) {
            return cell.asString();
        }
        String raw = cell.getRawValue(); // a formula's last result, or an error such as #N/A
        if (raw != null && type == CellType.FORMULA) {
            try {
                return Numbers.canonical(new BigDecimal(raw));
            } catch (NumberFormatException notANumber) {
                return raw;
            }
        }
        return raw == null ? "" : raw;
    }

    /** Excel's built-in date formats and custom ones that show a day or a year. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
                || (id >= 50 && id <= 58))) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").replaceAll("\\\\.", "");
        return f.matches("(?i).*[dy].*");
    }

    @Override
    public long position() {
        return rowsRead;
    }

    @Override
    public long size() {
        return -1;
    }

    @Override
    public void close() {
        stream.close();
        closeQuietly(workbook);
    }

    private static void closeQuietly(ReadableWorkbook wb) {
        if (wb != null) {
            try {
                wb.close();
            } catch (IOException ignored) {
                // reading is over
            }
        }
    }
}
