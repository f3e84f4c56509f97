package org.tradekit.catalog.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.tradekit.catalog.Product;

/**
 * CSV as Excel opens it correctly: UTF-8 with a byte-order mark (without it Excel shows Vietnamese
 * as mojibake), commas, CRLF, quotes only where needed, canonical headers, numbers and dates in the
 * form the importer reads back exactly.
 */
final class CsvProductWriter implements ProductWriter {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<ColumnTarget> columns;
    private final CSVPrinter printer;
    private final List<String> cells;

    CsvProductWriter(OutputStream out, List<ColumnTarget> columns) throws IOException {
        this.columns = columns;
        out.write(BOM);
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                CSVFormat.RFC4180);
        this.cells = new ArrayList<>(columns.size());
        printer.printRecord(columns.stream().map(ColumnTarget::fileColumn).toList());
    }

    @Override
    public void write(Product p) throws IOException {
        cells.clear();
        for (ColumnTarget c : columns) {
            cells.add(ExportColumns.text(ExportColumns.value(p, c)));
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
