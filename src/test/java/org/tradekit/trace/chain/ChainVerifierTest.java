package org.tradekit.trace.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.backup.DataDirs;
import org.tradekit.store.Database;
import org.tradekit.trace.TraceFixture;
import org.tradekit.trace.event.EventDraft;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.TraceEvent;
import org.tradekit.work.Work;

class ChainVerifierTest {
    @TempDir
    Path dir;

    /** Four events on this device; returns them in order. */
    List<TraceEvent> record() {
        try (AppContext app = TestContexts.open(dir)) {
            TraceFixture f = new TraceFixture(app);
            String a = f.harvest(f.mai, f.maiPlot, 100, 0);
            f.harvest(f.pao, f.paoPlot, 80, 0);
            f.harvest(f.sinh, f.sinhPlot, 60, 1);
            app.eventRecorder().record(EventDraft.of(EventKind.SALE, TraceFixture.at(2, 10)).at(f.booth).by("Giàng A Páo")
                    .take(a, 2.5));
            List<TraceEvent> events = new ArrayList<>();
            app.events().forEachBetween(java.time.Instant.EPOCH, java.time.Instant.parse("2100-01-01T00:00:00Z"), events::add);
            events.sort(java.util.Comparator.comparingLong(TraceEvent::seq));
            assertThat(app.chainVerifier().verify(Work.NONE).intact()).isTrue();
            return events;
        }
    }

    ChainReport verify() {
        try (AppContext app = TestContexts.open(dir)) {
            return app.chainVerifier().verify(Work.NONE);
        }
    }

    @Test
    void anIntactChainVerifies() {
        record();
        ChainReport r = verify();
        assertThat(r.intact()).isTrue();
        assertThat(r.events()).isEqualTo(4);
        assertThat(r.chains()).isEqualTo(1);
    }

    @Test
    void oneFlippedByteInTheDatabaseFileIsFoundAndNamed() throws Exception {
        TraceEvent sale = record().get(3);
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, sale.bytes());
        assertThat(at).as("the body is in the file as written").isGreaterThanOrEqualTo(0);
        int digit = at + indexOf(sale.bytes(), "\"qty\":2.5".getBytes(StandardCharsets.UTF_8)) + 6;
        assertThat((char) bytes[digit]).isEqualTo('2');
        bytes[digit] = '9'; // 2.5 kg sold becomes 9.5
        Files.write(file, bytes);

        ChainReport r = verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.breaks()).isNotEmpty().allSatisfy(b -> {
            assertThat(b.eventId()).isEqualTo(sale.id());
            assertThat(b.seq()).isEqualTo(4);
        });
        assertThat(r.breaks()).extracting(ChainBreak::problem).containsAnyOf(ChainBreak.Problem.HASH, ChainBreak.Problem.LOG_DIFFERS);
    }

    @Test
    void aForgerWhoRecomputesTheHashIsCaughtByTheSignatureAndTheNextLink() throws Exception {
        TraceEvent second = record().get(1);
        Path file = dir.resolve(Database.FILE_NAME);
        String forged = new String(second.bytes(), StandardCharsets.UTF_8).replace("\"qty\":80", "\"qty\":8");
        DataDirs.execute(file, "DROP TRIGGER trace_event_no_update");
        String hash = org.tradekit.store.Sha256.of(forged.getBytes(StandardCharsets.UTF_8));
        DataDirs.execute(file, "UPDATE trace_event SET body = CAST('" + forged + "' AS BLOB), hash = X'" + hash
                + "' WHERE id = '" + second.id() + "'");

        ChainReport r = verify();
        assertThat(r.breaks()).extracting(ChainBreak::seq, ChainBreak::problem).contains(
                org.assertj.core.groups.Tuple.tuple(2L, ChainBreak.Problem.SIGNATURE),
                org.assertj.core.groups.Tuple.tuple(2L, ChainBreak.Problem.LOG_DIFFERS),
                org.assertj.core.groups.Tuple.tuple(3L, ChainBreak.Problem.LINK));
        assertThat(r.breaks()).extracting(ChainBreak::problem).doesNotContain(ChainBreak.Problem.HASH);
    }

    @Test
    void aDeletedEventLeavesAGapAndAnOrphanInTheLog() throws Exception {
        TraceEvent second = record().get(1);
        Path file = dir.resolve(Database.FILE_NAME);
        DataDirs.execute(file, "DROP TRIGGER trace_event_no_delete");
        DataDirs.execute(file, "DELETE FROM trace_event WHERE id = '" + second.id() + "'");

        ChainReport r = verify();
        assertThat(r.breaks()).extracting(ChainBreak::problem).contains(ChainBreak.Problem.GAP, ChainBreak.Problem.MISSING);
        assertThat(r.breaks()).filteredOn(b -> b.problem() == ChainBreak.Problem.MISSING).singleElement()
                .extracting(ChainBreak::eventId).isEqualTo(second.id());
    }

    @Test
    void anEventLeftOutOfTheChangeLogIsNamed() throws Exception {
        TraceEvent third = record().get(2);
        DataDirs.execute(dir.resolve(Database.FILE_NAME), "DELETE FROM change WHERE row_id = '" + third.id() + "'");
        assertThat(verify().breaks()).extracting(ChainBreak::eventId, ChainBreak::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(third.id(), ChainBreak.Problem.NOT_LOGGED));
    }

    @Test
    void aStockMovementEditedOutsideTheAppIsTracedToItsEvent() throws Exception {
        TraceEvent sale = record().get(3);
        Path file = dir.resolve(Database.FILE_NAME);
        DataDirs.execute(file, "UPDATE lot_movement SET quantity = -500 WHERE event_id = '" + sale.id() + "'");
        assertThat(verify().breaks()).extracting(ChainBreak::eventId, ChainBreak::seq, ChainBreak::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sale.id(), 4L, ChainBreak.Problem.DERIVED));

        DataDirs.execute(file, "UPDATE lot_movement SET quantity = -2500 WHERE event_id = '" + sale.id() + "'");
        DataDirs.execute(file, "INSERT INTO lot_edge VALUES ('a', 'b', '" + sale.id() + "', 'drying')");
        assertThat(verify().breaks()).extracting(ChainBreak::problem).containsExactly(ChainBreak.Problem.EXTRA_ROWS);
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
