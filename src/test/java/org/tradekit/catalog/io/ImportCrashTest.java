package org.tradekit.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real import with SIGKILL (a separate JVM running the app's CLI) part way through and
 * shows the database intact, holding the products it had before, with a change log that agrees.
 */
class ImportCrashTest {
    private static final int ROWS = 40_000;
    private static final Pattern PROGRESS = Pattern.compile("Importing: ([\\d,]+) rows read");

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesAllOrNothing() throws Exception {
        Path data = dir.resolve("data");
        try (TestCatalog cat = new TestCatalog(data)) {
            cat.importFile(TestCatalog.write(dir.resolve("first.csv"), "sku,name_vi\nOLD-1,Chè\nOLD-2,Cà phê\n",
                    StandardCharsets.UTF_8));
        }
        Path big = dir.resolve("big.csv");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("sku,name_vi,name_en,price_vnd,description_vi\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("BIG-" + i + ",Mật ong rừng U Minh " + i + ",U Minh forest honey " + i + ",\"" + (100 + i % 900)
                        + ".000 ₫\",Thu hoạch thủ công\n");
            }
        }

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.tradekit.app.Main", "--data-dir", data.toString(), "products", "import", big.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("TRADEKIT_LANG", "en");
        Process child = pb.start();
        long rowsWhenKilled = waitForProgress(child, ROWS / 10);
        child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no rollback by the JVM
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        assertThat(rowsWhenKilled).isBetween((long) ROWS / 10, (long) ROWS - 1);

        try (TestCatalog cat = new TestCatalog(data)) {
            List<String> check = cat.db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            });
            assertThat(check).containsExactly("ok");
            long products = cat.count("SELECT count(*) FROM product");
            assertThat(products).as("all or none of the import").isIn(2L, 2L + ROWS);
            assertThat(cat.count("SELECT count(*) FROM change WHERE entity = 'product' AND kind = 'EXIST'"))
                    .as("one creation logged per product row").isEqualTo(products);
            assertThat(cat.count("SELECT count(*) FROM change c WHERE NOT EXISTS "
                    + "(SELECT 1 FROM product p WHERE p.id = c.row_id)")).as("no change for a row that is not there")
                    .isZero();
            assertThat(cat.count("SELECT count(*) FROM product p WHERE name_vi IS NOT NULL AND NOT EXISTS "
                    + "(SELECT 1 FROM change c WHERE c.row_id = p.id AND c.field = 'name_vi')")).isZero();
            assertThat(cat.count("SELECT next_origin_seq - 1 - (SELECT max(origin_seq) FROM change) FROM device"))
                    .as("the device's counter follows its log").isZero();

            long t0 = System.nanoTime();
            ImportReport again = cat.importFile(big);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(again.created() + again.unchanged()).isEqualTo(ROWS);
            assertThat(cat.productCount()).isEqualTo(2 + ROWS);
            // the first catalog was closed with 2 products, so SQLite's statistics say "tiny table": a SKU
            // lookup that scanned the table made this import quadratic (84 s here, 3 s with the index)
            assertThat(ms).isLessThan(30_000);
        }
    }

    /** Reads the child's progress line (rewritten with \r) until it reports at least {@code rows}. */
    private static long waitForProgress(Process child, long rows) throws Exception {
        CompletableFuture<Long> reached = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try (InputStream err = child.getErrorStream()) {
                int b;
                while ((b = err.read()) >= 0) {
                    seen.append((char) b);
                    if (b == 'd') { // "... rows read"
                        Matcher m = PROGRESS.matcher(seen);
                        long last = -1;
                        while (m.find()) {
                            last = Long.parseLong(m.group(1).replace(",", ""));
                        }
                        if (last >= rows) {
                            return last;
                        }
                        if (seen.length() > 4096) {
                            seen.delete(0, seen.length() - 256);
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new AssertionError("the import ended before it was killed: " + seen);
        });
        return reached.get(60, TimeUnit.SECONDS);
    }
}
