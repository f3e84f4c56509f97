package org.tradekit.catalog.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tradekit.catalog.Certification;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductRepository;
import org.tradekit.catalog.Translation;
import org.tradekit.store.Database;

/** A real catalog in a temporary folder, and ways to look at it whole. */
final class TestCatalog implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final Database db;
    final ProductRepository products;
    final ProductImporter importer;
    final ProductExporter exporter;

    TestCatalog(Path dir) {
        this.db = Database.open(dir.resolve("tradekit.db"), Clock.systemUTC(), f -> {
        });
        this.products = new ProductRepository(db);
        this.importer = new ProductImporter(db);
        this.exporter = new ProductExporter(db, products);
    }

    ImportReport importFile(Path file, ImportOptions options) {
        return importer.run(importer.plan(file), options, org.tradekit.work.Work.NONE);
    }

    ImportReport importFile(Path file) {
        return importFile(file, ImportOptions.DEFAULT);
    }

    long count(String sql) {
        return db.read(c -> {
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    long productCount() {
        return products.count();
    }

    long changeCount() {
        return count("SELECT count(*) FROM change");
    }

    Product bySku(String sku) {
        return products.idBySku(sku).flatMap(products::find).orElseThrow(() -> new AssertionError("no product " + sku));
    }

    /**
     * The catalog as data to compare: per SKU, every field, certifications and translations
     * without their row ids (which a copy of a catalog cannot keep), in a stable order.
     */
    Map<String, String> snapshot() {
        Map<String, String> out = new TreeMap<>();
        products.forEach(p -> out.put(p.sku(), describe(p)));
        return out;
    }

    static String describe(Product p) {
        StringBuilder sb = new StringBuilder();
        for (ProductField f : ProductField.values()) {
            Object v = p.get(f);
            if (v != null) {
                sb.append(f.column()).append('=').append(v).append(" <").append(v.getClass().getSimpleName())
                        .append(">\n");
            }
        }
        List<String> certs = new ArrayList<>();
        for (Certification c : p.certifications()) {
            certs.add(c.scheme() + "|" + c.number() + "|" + c.expiry());
        }
        certs.sort(Comparator.naturalOrder());
        List<String> tr = new ArrayList<>();
        for (Translation t : p.translations()) {
            tr.add(t.lang() + "|" + t.name() + "|" + t.description());
        }
        tr.sort(Comparator.naturalOrder());
        return sb.append("certifications=").append(certs).append("\ntranslations=").append(tr).toString();
    }

    static Path write(Path file, String text, Charset cs) {
        try {
            Files.write(file, text.getBytes(cs));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, byte[]... parts) {
        try {
            Files.deleteIfExists(file);
            for (byte[] b : parts) {
                Files.write(file, b, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** "Cà phê Đắk Lắk" as Vietnamese Windows saves it: đ, ă, ê precomposed, tones as combining marks. */
    static final byte[] CA_PHE_DAK_LAK_1258 = {0x43, (byte) 0xE0, 0x20, 0x70, 0x68, (byte) 0xEA, 0x20, (byte) 0xD0,
        (byte) 0xE3, (byte) 0xEC, 0x6B, 0x20, 0x4C, (byte) 0xE3, (byte) 0xEC, 0x6B};

    @Override
    public void close() {
        db.close();
    }
}
