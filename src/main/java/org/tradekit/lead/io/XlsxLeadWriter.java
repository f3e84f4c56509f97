package org.tradekit.lead.io;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Leads as an XLSX sheet (FastExcel): the CSV's columns, a bold frozen header row, dates and times
 * as Excel dates (a capture time in the fair's local time, as it was recorded). Rows are flushed as
 * they go, so memory stays flat.
 */
final class XlsxLeadWriter implements LeadWriter {
    private static final int FLUSH_EVERY = 1_000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxLeadWriter(OutputStream out) throws IOException {
        workbook = new Workbook(out, "Trade Kit", "1.0");
        sheet = workbook.newWorksheet("leads");
        LeadColumn[] columns = LeadColumn.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.inlineString(0, c, columns[c].header());
        }
        sheet.range(0, 0, 0, columns.length - 1).style().bold().set();
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void write(LeadRecord lead) throws IOException {
        LeadColumn[] columns = LeadColumn.values();
        for (int c = 0; c < columns.length; c++) {
            Object v = columns[c].value(lead);
            if (v instanceof LocalDate d) {
                sheet.value(row, c, d);
                sheet.style(row, c).format("yyyy-mm-dd").set();
            } else if (v instanceof OffsetDateTime t) {
                sheet.value(row, c, t.toLocalDateTime());
                sheet.style(row, c).format("yyyy-mm-dd hh:mm:ss").set();
            } else if (v != null) {
                sheet.inlineString(row, c, v.toString());
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
