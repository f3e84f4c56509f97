package org.tradekit.lead.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Leads as CSV the way Excel opens it (UTF-8 with a byte-order mark, CRLF), one row per lead. */
final class CsvLeadWriter implements LeadWriter {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVPrinter printer;
    private final List<String> cells = new ArrayList<>();

    CsvLeadWriter(OutputStream out) throws IOException {
        out.write(BOM);
        printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                CSVFormat.RFC4180);
        for (LeadColumn c : LeadColumn.values()) {
            cells.add(c.header());
        }
        printer.printRecord(cells);
    }

    @Override
    public void write(LeadRecord lead) throws IOException {
        cells.clear();
        for (LeadColumn c : LeadColumn.values()) {
            cells.add(c.text(lead));
        }
        printer.printRecord(cells);
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
