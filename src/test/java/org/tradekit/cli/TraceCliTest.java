package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.backup.DataDirs;
import org.tradekit.store.Database;
import org.tradekit.trace.lot.LotCode;

class TraceCliTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.en(all);
    }

    @Test
    void demoChainsThenListVerifyRecallAndBench() throws Exception {
        CliRun demo = run("demo-data", "--products", "20", "--lots", "500", "--events", "1500", "--big-lot-packs", "300");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).containsPattern("Added [\\d,]+ traceability events and [\\d,]+ lots from \\d+ member households")
                .containsPattern("Harvest lot TEA-LEAF-\\d{6}-\\d+ ends in 300 packs");

        CliRun lots = run("lots", "list");
        assertThat(lots.exit()).isZero();
        List<String> lines = lots.out().lines().toList();
        assertThat(lines.size()).isGreaterThan(400);
        assertThat(lines).allSatisfy(l -> assertThat(LotCode.problem(l.split("\t")[0])).isEmpty());
        CliRun honey = run("lots", "list", "--product", "HONEY-RAW");
        assertThat(honey.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t")[1]).isEqualTo("HONEY-RAW"));
        assertThat(run("lots", "list", "--product", "NO-SUCH").exit()).isEqualTo(Cli.REFUSED);

        CliRun verify = run("trace", "verify");
        assertThat(verify.exit()).as(verify.out()).isZero();
        assertThat(verify.out()).containsPattern("All chains intact: [\\d,]+ events on 1 devices");

        String harvest = (String) DataDirs.query(dir.resolve(Database.FILE_NAME), "SELECT l.code FROM lot_edge e1 "
                + "JOIN lot_edge e2 ON e2.parent_id = e1.child_id JOIN lot l ON l.id = e1.parent_id "
                + "JOIN lot_movement m ON m.lot_id = e2.child_id WHERE l.member_id IS NOT NULL ORDER BY l.code LIMIT 1");
        Path csv = dir.resolve("recall.csv");
        CliRun recall = run("trace", "recall", harvest, "--csv", csv.toString());
        assertThat(recall.exit()).as(recall.err()).isZero();
        assertThat(recall.out()).startsWith("Recall of lot " + harvest + " (").contains("Recipients:", "Deliveries:",
                "Still in stock:", "Recall written to");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFRow,Date,Recipient type,");

        CliRun bench = run("bench", "trace", "--rounds", "2", "--lots", "3");
        assertThat(bench.exit()).as(bench.err()).isZero();
        assertThat(bench.out()).containsPattern("recall_p50_ms=\\d+[.,]\\d+").containsPattern("recall_p95_ms=\\d+[.,]\\d+")
                .containsPattern("lineage_downstream_lots=3\\d\\d").containsPattern("lineage_p50_ms=\\d+[.,]\\d+")
                .contains("epcis_export_ms=");
    }

    @Test
    void verifyExitsNonZeroAndNamesTheTamperedEvent() throws Exception {
        assertThat(run("demo-data", "--products", "5", "--lots", "20", "--events", "100").exit()).isZero();
        Path db = dir.resolve(Database.FILE_NAME);
        String id = (String) DataDirs.query(db, "SELECT id FROM trace_event WHERE seq = 7");
        DataDirs.execute(db, "DROP TRIGGER trace_event_no_update");
        DataDirs.execute(db, "UPDATE trace_event SET body = CAST(replace(CAST(body AS TEXT), '\"seq\":7', '\"seq\":7 ') AS BLOB) "
                + "WHERE seq = 7");

        CliRun verify = run("trace", "verify");
        assertThat(verify.exit()).isEqualTo(Cli.REFUSED);
        assertThat(verify.out()).contains("event 7 (" + id + "): its content was changed after it was written")
                .contains("BROKEN:");
        CliRun vi = CliRun.in("vi", "--data-dir", dir.toString(), "trace", "verify");
        assertThat(vi.out()).contains("sự kiện 7 (" + id + "): nội dung đã bị sửa sau khi ghi");
    }

    @Test
    void anUnknownLotIsSaidInWords() {
        assertThat(run("demo-data", "--products", "1").exit()).isZero();
        CliRun r = run("trace", "recall", "NO-SUCH-LOT");
        assertThat(r.exit()).isEqualTo(Cli.REFUSED);
        assertThat(r.err()).contains("There is no lot with code \"NO-SUCH-LOT\".");
    }

    @Test
    void helpIsInTheUsersLanguage() {
        assertThat(CliRun.in("vi", "trace", "--help").out()).contains("Truy xuất nguồn gốc", "verify", "recall");
        assertThat(CliRun.en("lots", "list", "--help").out()).contains("--product", "Only the lots of the product");
        assertThat(CliRun.en("demo-data", "--help").out()).contains("--lots", "--events", "--big-lot-packs");
    }
}
