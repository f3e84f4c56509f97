package org.tradekit.catalog.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.tradekit.catalog.Product;

/** Writes products to a file format one at a time, so an export of any size runs in flat memory. */
interface ProductWriter extends AutoCloseable {

    void write(Product p) throws IOException;

    /** Completes the file (closing brackets, the zip directory) and flushes it. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;

    static ProductWriter of(FileFormat format, OutputStream out, List<String> languages) throws IOException {
        return switch (format) {
            case CSV -> new CsvProductWriter(out, ExportColumns.of(languages));
            case XLSX -> new XlsxProductWriter(out, ExportColumns.of(languages));
            case JSON -> new JsonProductWriter(out);
        };
    }
}
