package org.tradekit.label.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.coop.CoopProfile;
import org.tradekit.i18n.Messages;
import org.tradekit.label.run.LabelRunRequest;
import org.tradekit.label.stock.StockCatalogue;
import org.tradekit.store.Database;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

/** Print runs on real SQLite files: recorded, logged for sync, serials that never repeat, even across devices. */
class PrintRunsTest extends TraceTestBase {
    /** GS1 AI 21: up to 20 characters of CSET 82; ours also need no escaping in a Digital Link URI. */
    private static final Pattern AI21 = Pattern.compile("[A-Z0-9-]{1,20}");

    @TempDir
    Path other;

    private PrintRunDraft draft(String lot, SerialRange serials, int labels) {
        return new PrintRunDraft(lot, "trace", "Avery L7160", labels, 1, serials, "vi", "nhan.pdf");
    }

    @Test
    void aRunOfSeveralLotsIsRecordedWholeOrNotAtAll() {
        String a = f.harvest(f.mai, f.maiPlot, 12, 0);
        String b = f.harvest(f.mai, f.maiPlot, 7, 1);
        SerialRange sa = f.app.printRuns().reserve(a, 4);
        SerialRange sb = f.app.printRuns().reserve(b, 2);
        assertThatThrownBy(() -> f.app.printRuns().record(List.of(draft(a, sa, 4), draft("no-such-lot", null, 2))))
                .isInstanceOf(PrintRunException.class);
        assertThat(f.app.printRuns().runsOf(a)).as("the first lot's record rolled back with the refused one").isEmpty();

        List<PrintRun> runs = f.app.printRuns().record(List.of(draft(a, sa, 4), draft(b, sb, 2)));
        assertThat(runs).extracting(PrintRun::lotId).containsExactly(a, b);
        assertThat(f.app.printRuns().runsOf(a)).containsExactly(runs.get(0));
        assertThat(f.app.printRuns().runsOf(b)).containsExactly(runs.get(1));
    }

    @Test
    void aRecordedRunSurvivesReopeningAndIsInTheChangeLogFieldByField() throws Exception {
        String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        SerialRange s = f.app.printRuns().reserve(lot, 30);
        PrintRun run = f.app.printRuns().record(new PrintRunDraft(lot, "trace", "Avery L7160", 30, 2, s, "vi", "Brother QL-800"));
        String device = f.app.database().deviceId();
        String leaf = f.freshLeaf;
        f.app.close();

        List<PrintRun> runs;
        try (AppContext again = TestContexts.open(dir)) {
            runs = again.printRuns().runsOf(lot);
        }
        assertThat(runs).containsExactly(run);
        PrintRun r = runs.get(0);
        assertThat(r.productId()).isEqualTo(leaf);
        assertThat(r.labels()).isEqualTo(30);
        assertThat(r.copies()).isEqualTo(2);
        assertThat(r.serials()).isEqualTo(s);
        assertThat(r.destination()).isEqualTo("Brother QL-800");
        assertThat(r.deviceId()).isEqualTo(device);
        assertThat(r.osUser()).isEqualTo(System.getProperty("user.name"));
        assertThat(r.profileId()).isNull();
        assertThat(r.printedAt().toInstant()).isEqualTo(TestContexts.CLOCK.instant());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT kind, field, value FROM change_log WHERE entity = 'print_run' AND row_id = '"
                        + run.id() + "' ORDER BY origin_seq")) {
            List<String> fields = new ArrayList<>();
            while (rs.next()) {
                fields.add(rs.getString(1) + ":" + rs.getString(2) + "=" + rs.getString(3));
            }
            assertThat(fields).first().isEqualTo("EXIST:null=1");
            assertThat(fields).contains("SET:lot_id=" + lot, "SET:serial_tag=" + s.tag(), "SET:serial_first=1",
                    "SET:serial_last=30", "SET:label_count=30", "SET:copies=2", "SET:device_id=" + device);
            assertThat(fields).as("one row per field, never one per serial").hasSizeLessThan(20);
        }
    }

    @Test
    void serialsContinueAfterTheLastRecordedRunOfTheLotAndAreShortAndValidForAi21() {
        String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        String otherLot = f.harvest(f.pao, f.paoPlot, 8, 0);
        SerialRange first = f.app.printRuns().reserve(lot, 10_000);
        assertThat(first.first()).isEqualTo(1);
        assertThat(f.app.printRuns().reserve(lot, 5)).as("a plan claims nothing").isEqualTo(new SerialRange(first.tag(), 1, 5));
        f.app.printRuns().record(draft(lot, first, 10_000));

        SerialRange second = f.app.printRuns().reserve(lot, 50);
        assertThat(second).isEqualTo(new SerialRange(first.tag(), 10_001, 10_050));
        assertThat(f.app.printRuns().reserve(otherLot, 3).first()).as("each lot counts on its own").isEqualTo(1);
        f.app.printRuns().record(draft(lot, second, 50));
        assertThat(f.app.printRuns().reserve(lot, 1).first()).isEqualTo(10_051);

        assertThat(second.lastSerial()).isEqualTo(first.tag() + "-10050").matches(AI21).hasSizeLessThanOrEqualTo(10);
        assertThat(f.app.printRuns().runsOf(lot)).hasSize(2);
    }

    @Test
    void twoDevicesPrintingTheSameLotOfflineNeverPrintTheSameSerial() throws Exception {
        String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        f.app.close(); // closed twice by the base class: closing is idempotent
        // a second laptop set up from a copy of this one's data: same lots, its own device identity
        Path dbB = other.resolve(Database.FILE_NAME);
        Files.copy(dir.resolve(Database.FILE_NAME), dbB);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbB); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM device");
        }
        Set<String> serials = new HashSet<>();
        int printed = 0;
        try (AppContext a = TestContexts.open(dir); AppContext b = TestContexts.open(other)) {
            assertThat(b.database().deviceId()).isNotEqualTo(a.database().deviceId());
            for (int[] counts : new int[][] {{100, 70}, {1, 250}, {40, 3}}) { // both print before either syncs
                SerialRange onA = a.printRuns().reserve(lot, counts[0]);
                a.printRuns().record(draft(lot, onA, counts[0]));
                SerialRange onB = b.printRuns().reserve(lot, counts[1]);
                b.printRuns().record(draft(lot, onB, counts[1]));
                for (SerialRange r : List.of(onA, onB)) {
                    for (int i = 0; i < r.count(); i++) {
                        serials.add(r.serial(i));
                    }
                    printed += r.count();
                }
            }
            assertThat(a.printRuns().serialTag()).isNotEqualTo(b.printRuns().serialTag());
        }
        assertThat(serials).hasSize(printed);

        // sync is a later issue: bring B's runs over as it will, rows as written
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
                Statement st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + dbB + "' AS b");
            st.executeUpdate("INSERT INTO print_run SELECT * FROM b.print_run");
        }
        try (AppContext a = TestContexts.open(dir)) {
            String me = a.database().deviceId();
            assertThat(a.printRuns().runsOf(lot)).hasSize(6);
            String bSerial = a.printRuns().runsOf(lot).stream().filter(r -> !r.deviceId().equals(me)).findFirst().orElseThrow()
                    .serials().serial(0);
            assertThat(a.printRuns().whoPrinted(lot, bSerial)).get().extracting(PrintRun::deviceId).isNotEqualTo(me);
            SerialRange next = a.printRuns().reserve(lot, 10);
            for (int i = 0; i < next.count(); i++) {
                assertThat(serials).doesNotContain(next.serial(i));
            }
        }
    }

    @Test
    void aThirdDeviceThatHasSeenAnotherDevicesTagTakesAnotherOne() throws SQLException {
        String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        String myFirstChoice = SerialTags.candidate(f.app.database().deviceId(), 0);
        f.app.database().write(tx -> { // another device's run, synced in, that happened to draw the same tag
            tx.insert(PrintRuns.ENTITY, "0190-other-run", java.util.Map.of("lot_id", lot, "serial_tag", myFirstChoice,
                    "serial_first", 1, "serial_last", 5, "device_id", "another-device", "printed_at",
                    "2026-11-20T08:00:00+07:00", "printed_ms", 0, "label_count", 5, "copies", 1));
            return null;
        });
        SerialRange mine = f.app.printRuns().reserve(lot, 5);
        assertThat(mine.tag()).isNotEqualTo(myFirstChoice).isEqualTo(SerialTags.candidate(f.app.database().deviceId(), 1));
        f.app.printRuns().record(draft(lot, mine, 5));
        assertThat(f.app.printRuns().serialTag()).as("kept once printed with").isEqualTo(mine.tag());
    }

    @Test
    void whoPrintedFindsTheRunOfASerialInsideItsRangeAndNothingOutside() {
        String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        String otherLot = f.harvest(f.pao, f.paoPlot, 8, 0);
        SerialRange a = f.app.printRuns().reserve(lot, 20);
        PrintRun first = f.app.printRuns().record(draft(lot, a, 20));
        SerialRange b = f.app.printRuns().reserve(lot, 10);
        PrintRun second = f.app.printRuns().record(draft(lot, b, 10));
        String tag = a.tag();

        assertThat(f.app.printRuns().whoPrinted(lot, tag + "-1")).contains(first);
        assertThat(f.app.printRuns().whoPrinted(lot, tag + "-20")).contains(first);
        assertThat(f.app.printRuns().whoPrinted(lot, tag + "-21")).contains(second);
        assertThat(f.app.printRuns().whoPrinted(lot, tag.toLowerCase() + "-30")).as("typed in lower case").contains(second);
        assertThat(f.app.printRuns().whoPrinted(lot, tag + "-31")).isEmpty();
        assertThat(f.app.printRuns().whoPrinted(lot, tag + "-0")).isEmpty();
        assertThat(f.app.printRuns().whoPrinted(lot, tag + "-007")).isEmpty();
        assertThat(f.app.printRuns().whoPrinted(otherLot, tag + "-5")).as("another lot").isEmpty();
        assertThat(f.app.printRuns().whoPrinted(lot, "ZZZZ-5")).isEmpty();
        assertThat(f.app.printRuns().whoPrinted(lot, "5")).isEmpty();
        assertThat(f.app.printRuns().whoPrinted(lot, "")).isEmpty();
    }

    @Test
    void aCancelledRunRecordsNothingAndTheNextRunGetsTheSameSerials() throws Exception {
        String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        f.app.coopProfile().save(new CoopProfile(null, "HTX Chè", null, null, "Hà Giang", null, null, null, null, null,
                "truyxuat.example.vn", null));
        SerialRange planned = f.app.printRuns().reserve(lot, 500);
        CancelToken cancel = new CancelToken();
        Work cancelling = new Work(p -> {
            if (p.done() >= 200) {
                cancel.cancel();
            }
        }, cancel);
        assertThatThrownBy(() -> f.app.labelRuns().print(new LabelRunRequest(lot, StockCatalogue.open(dir).require("Avery L7160"),
                500, 1, "vi", planned), dir.resolve("run.pdf"), cancelling)).isInstanceOf(CancellationException.class);

        assertThat(f.app.printRuns().runsOf(lot)).isEmpty();
        assertThat(f.app.printRuns().reserve(lot, 500)).as("nothing left the machine: not burned").isEqualTo(planned);
        assertThat(count("SELECT count(*) FROM change WHERE entity = 'print_run'")).isZero();
    }

    @Test
    void aRecordThatWouldRepeatSerialsOrNamesNoLotIsRefusedInWordsAndWritesNothing() throws Exception {
        String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        SerialRange s = f.app.printRuns().reserve(lot, 10);
        f.app.printRuns().record(draft(lot, s, 10));
        long changes = count("SELECT count(*) FROM change");

        SerialRange overlapping = new SerialRange(s.tag(), 5, 14);
        assertThatThrownBy(() -> f.app.printRuns().record(draft(lot, overlapping, 10)))
                .isInstanceOfSatisfying(PrintRunException.class, e -> assertThat(e.message(Messages.of("vi")))
                        .isEqualTo("Số sê-ri " + s.tag() + "-5 – " + s.tag() + "-14 đã được in (lần in có số sê-ri " + s.tag()
                                + "-1 – " + s.tag() + "-10); chưa ghi gì. Hãy in lại nhãn để nhận số sê-ri mới."));
        assertThatThrownBy(() -> f.app.printRuns().record(draft("no-such-lot", null, 3)))
                .isInstanceOfSatisfying(PrintRunException.class, e -> assertThat(e.message(Messages.of("en")))
                        .isEqualTo("There is no lot no-such-lot to record the print run against."));
        assertThat(count("SELECT count(*) FROM change")).isEqualTo(changes);
        assertThat(f.app.printRuns().runsOf(lot)).hasSize(1);
    }

    @Test
    void aRunWithoutSerialsIsRecordedWithoutARangeAndDescribedInBothLanguages() {
        String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        PrintRun r = f.app.printRuns().record(new PrintRunDraft(lot, "trace", "Avery L7160", 21, 3, null, "en", "labels.pdf"));
        assertThat(f.app.printRuns().runsOf(lot)).containsExactly(r);
        assertThat(r.serials()).isNull();
        PrintRunText vi = new PrintRunText(Messages.of("vi"));
        assertThat(vi.kind()).isEqualTo("Lần in nhãn");
        assertThat(vi.count(r)).isEqualTo("21 nhãn × 3 bản");
        assertThat(vi.details(r)).startsWith("không đánh số sê-ri · mẫu trace trên Avery L7160 · in ra labels.pdf · người in ");
        assertThat(new PrintRunText(Messages.of("en")).details(r)).startsWith("no serials · layout trace on Avery L7160 · to labels.pdf");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
