package org.tradekit.catalog.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.tradekit.catalog.ProductRepository;
import org.tradekit.store.Database;
import org.tradekit.work.Work;

/**
 * Exports the live catalog to CSV, XLSX or JSON, streaming product by product. The file appears
 * whole or not at all: it is written next to the target and moved into place at the end, so a
 * cancel or a full disk leaves any earlier file untouched.
 */
public final class ProductExporter {
    private static final int PROGRESS_EVERY = 500;

    private final Database db;
    private final ProductRepository products;

    public ProductExporter(Database db, ProductRepository products) {
        this.db = db;
        this.products = products;
    }

    /**
     * Writes every live product to {@code out}.
     *
     * @return the number of products written
     * @throws CatalogFileException when the file cannot be written (nothing is left behind)
     * @throws CancellationException when cancelled (nothing is left behind)
     */
    public long export(FileFormat format, Path out, Work work) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CatalogFileException("export.error.noFolder", dir);
        }
        if (Files.isDirectory(target)) {
            throw new CatalogFileException("export.error.isFolder", target);
        }
        long total = products.count();
        Path temp = null;
        try {
            // not createTempFile: its owner-only permissions would stay on the exported file
            temp = dir.resolve("." + target.getFileName() + "." + System.nanoTime() + ".part");
            long written;
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW),
                    1 << 16);
                    ProductWriter writer = ProductWriter.of(format, os, languages())) {
                long[] count = {0};
                products.forEach(p -> {
                    if (count[0] % PROGRESS_EVERY == 0) {
                        work.cancel().check();
                        work.report(count[0], total, "export.progress", count[0], total);
                    }
                    try {
                        writer.write(p);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    count[0]++;
                });
                writer.finish();
                written = count[0];
            }
            move(temp, target);
            work.report(written, total, "export.progress", written, total);
            return written;
        } catch (IOException | java.io.UncheckedIOException e) {
            deleteQuietly(temp);
            String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new CatalogFileException("export.error.write", e, target, String.valueOf(detail));
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** The further languages (beyond vi and en) the catalog has translations in, for the column list. */
    private List<String> languages() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT t.lang FROM product_translation t "
                    + "JOIN product p ON p.id = t.product_id WHERE t._cl % 2 = 1 AND p._cl % 2 = 1 "
                    + "AND t.lang NOT IN ('vi', 'en') ORDER BY t.lang");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a stray .part file is harmless
            }
        }
    }
}
