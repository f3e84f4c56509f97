package org.tradekit.catalog.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.tradekit.catalog.DemoData;
import org.tradekit.work.Work;

/**
 * Writes demo products straight to a CSV in the export format, without a database: the file the
 * import benchmark reads ({@code tradekit bench make-csv FILE --rows 100000}).
 */
public final class DemoCsv {
    private DemoCsv() {
    }

    public static void write(Path file, int rows, long seed, LocalDate today, Work work) {
        Random r = new Random(seed);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                ProductWriter writer = ProductWriter.of(FileFormat.CSV, os, List.of())) {
            for (int i = 0; i < rows; i++) {
                if (i % 1000 == 0) {
                    work.cancel().check();
                    work.report(i, rows, "demo.progress", i, rows);
                }
                writer.write(DemoData.product(r, i, today));
            }
            writer.finish();
            work.report(rows, rows, "demo.progress", rows, rows);
        } catch (IOException e) {
            throw new CatalogFileException("export.error.write", e, file, e.getMessage());
        }
    }
}
