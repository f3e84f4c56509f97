package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.backup.DataDirs;
import org.tradekit.store.Database;

class TraceExchangeCliTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.en(all);
    }

    @Test
    void exportImportAndLinkFromTheCommandLine() throws Exception {
        assertThat(run("demo-data", "--products", "10", "--lots", "100", "--events", "300", "--big-lot-packs", "0").exit()).isZero();
        String code = (String) DataDirs.query(dir.resolve("data").resolve(Database.FILE_NAME),
                "SELECT l.code FROM lot l JOIN lot_edge e ON e.parent_id = l.id WHERE l.member_id IS NOT NULL ORDER BY l.code LIMIT 1");

        Path lotFile = dir.resolve("lot.jsonld");
        CliRun lot = run("trace", "export-epcis", "--lot", code, "--out", lotFile.toString());
        assertThat(lot.exit()).as(lot.err()).isZero();
        assertThat(lot.out()).containsPattern("Wrote \\d+ events to ");
        Path range = dir.resolve("range.jsonld");
        CliRun all = run("trace", "export-epcis", "--from", "2020-01-01", "--to", "2030-12-31", "--out", range.toString());
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(run("trace", "export-epcis", "--lot", code, "--from", "2020-01-01", "--out", range.toString()).exit())
                .isEqualTo(Cli.BAD_INPUT);

        CliRun link = run("trace", "link", "--lot", code);
        assertThat(link.exit()).as(link.err()).isZero();
        assertThat(link.out().strip()).matches("https://truyxuat\\.example\\.vn/p/[A-Z-]+/10/" + code);

        CliRun imp = run("trace", "import-epcis", lotFile.toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(imp.out()).containsPattern("Read \\d+ events: \\d+ added, 0 already imported; 0 lots of partners added");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\"}");
        CliRun refused = run("trace", "import-epcis", bad.toString());
        assertThat(refused.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(refused.err()).isNotBlank();
    }

    @Test
    void exportSiteWritesAPageForEveryLot() throws Exception {
        assertThat(run("demo-data", "--products", "5", "--lots", "40", "--events", "120", "--big-lot-packs", "0").exit()).isZero();
        Path site = dir.resolve("site");
        CliRun r = run("trace", "export-site", "--out", site.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("Wrote the pages of \\d+ lots to ");
        long lots = ((Number) DataDirs.query(dir.resolve("data").resolve(Database.FILE_NAME),
                "SELECT count(*) FROM lot l JOIN product p ON p.id = l.product_id")).longValue();
        try (var s = Files.walk(site)) {
            assertThat(s.filter(p -> p.getFileName().toString().equals("index.html")).count()).isEqualTo(lots);
        }
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep");
        CliRun refused = run("trace", "export-site", "--out", mine.toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("already holds other files");
        assertThat(mine.resolve("notes.txt")).hasContent("keep");
    }
}
