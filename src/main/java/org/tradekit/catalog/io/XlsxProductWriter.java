package org.tradekit.catalog.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.tradekit.catalog.Product;

/**
 * An XLSX workbook written by FastExcel: one sheet, canonical headers in bold, numbers as numbers,
 * dates as dates, GTINs and SKUs as text (so leading zeros survive). Strings are written inline
 * and rows flushed as they go, so memory stays flat for any catalog size.
 */
final class XlsxProductWriter implements ProductWriter {
    private static final int FLUSH_EVERY = 1_000;

    private final List<ColumnTarget> columns;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxProductWriter(OutputStream out, List<ColumnTarget> columns) throws IOException {
        this.columns = columns;
        this.workbook = new Workbook(out, "Trade Kit", "1.0");
        this.sheet = workbook.newWorksheet("products");
        for (int c = 0; c < columns.size(); c++) {
            sheet.inlineString(0, c, columns.get(c).fileColumn());
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void write(Product p) throws IOException {
        for (int c = 0; c < columns.size(); c++) {
            Object v = ExportColumns.value(p, columns.get(c));
            if (v instanceof String s) {
                sheet.inlineString(row, c, s);
            } else if (v instanceof Long n) {
                sheet.value(row, c, n);
            } else if (v instanceof BigDecimal d) {
                sheet.value(row, c, d);
            } else if (v instanceof LocalDate d) {
                sheet.value(row, c, d);
                sheet.style(row, c).format("yyyy-mm-dd").set();
            }
        }
        if (++row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
