package org.tradekit.trace.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tradekit.TestContexts;
import org.tradekit.backup.DataDirs;
import org.tradekit.catalog.ValidationException;
import org.tradekit.i18n.Messages;
import org.tradekit.store.Database;
import org.tradekit.trace.TraceException;
import org.tradekit.trace.TraceFixture;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.lot.LotRow;

class EventRecorderTest extends TraceTestBase {
    @Test
    void aHarvestMakesALotWithACodeFromThePatternAndItsQuantityAsStock() throws Exception {
        String first = f.harvest(f.mai, f.maiPlot, 120.5, 0);
        String second = f.harvest(f.pao, f.paoPlot, 80, 0);

        LotRow lot = f.app.lots().row(first).orElseThrow();
        assertThat(lot.code()).isEqualTo("TEA-LEAF-261102-1");
        assertThat(f.app.lots().row(second).orElseThrow().code()).isEqualTo("TEA-LEAF-261102-2");
        assertThat(lot.stock()).isEqualByComparingTo("120.5");
        assertThat(f.app.lots().find(first).orElseThrow().memberId()).isEqualTo(f.mai.id());

        TraceEvent e = f.app.events().history(first).get(0).event();
        assertThat(e.kind()).isEqualTo(EventKind.HARVEST);
        assertThat(e.body().time()).isEqualTo("2026-11-02T07:00:00+07:00");
        assertThat(e.time().getOffset()).isEqualTo(TraceFixture.VN);
        assertThat(e.body().ilmd()).singleElement().satisfies(m -> {
            assertThat(m.member()).isEqualTo(f.mai.id());
            assertThat(m.plot()).isEqualTo(f.maiPlot.id());
            assertThat(m.code()).isEqualTo("TEA-LEAF-261102-1");
            assertThat(m.produced()).isEqualTo("2026-11-02");
        });
        assertThat(new String(e.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{\"v\":1,\"id\":\"" + e.id() + "\",\"device\":\"" + f.app.database().deviceId() + "\",\"seq\":1,");
    }

    @Test
    void eachEventIsOneChangeRowOfKindEventHoldingItsExactBytesAndSignature() throws Exception {
        f.harvest(f.mai, f.maiPlot, 50, 0);
        TraceEvent e = f.app.events().history(f.harvest(f.pao, f.paoPlot, 60, 1)).get(0).event();
        Path db = dir.resolve(Database.FILE_NAME);
        assertThat(DataDirs.number(db, "SELECT count(*) FROM change WHERE kind = 'EVENT'")).isEqualTo(2);
        assertThat(DataDirs.number(db, "SELECT count(*) FROM change WHERE kind = 'EVENT' AND row_id = '" + e.id() + "'"))
                .isEqualTo(1);
        assertThat((byte[]) DataDirs.query(db, "SELECT value FROM change WHERE row_id = '" + e.id() + "'")).isEqualTo(e.bytes());
        assertThat(DataDirs.query(db, "SELECT field FROM change WHERE row_id = '" + e.id() + "'"))
                .isEqualTo(Base64.getEncoder().encodeToString(e.signature()));
        assertThat(e.seq()).isEqualTo(2);
        assertThat(e.body().prev()).isEqualTo(f.app.events().history(f.app.lots().withCode("TEA-LEAF-261102-1").get(0).id())
                .get(0).event().hashHex());
    }

    @Test
    void processingTakesFromItsInputsAndMakesItsOutputsWithTheYield() {
        String a = f.harvest(f.mai, f.maiPlot, 100, 0);
        String b = f.harvest(f.pao, f.paoPlot, 60, 0);
        TraceEvent dried = f.process(ProcessStep.DRYING, f.driedTea, new String[] {a, b}, new double[] {100, 40},
                new double[] {30.4}, 1);

        assertThat(f.app.lots().stock(a)).isEqualByComparingTo("0");
        assertThat(f.app.lots().stock(b)).isEqualByComparingTo("20");
        String out = dried.body().outputs().get(0).lot();
        assertThat(f.app.lots().stock(out)).isEqualByComparingTo("30.4");
        assertThat(dried.yield()).isEqualByComparingTo("0.2171");
        assertThat(dried.body().step()).isEqualTo("drying");
        assertThat(f.app.lineage().upstream(out).lots()).containsKeys(a, b);
    }

    @Test
    void takingMoreThanALotHoldsIsRefusedAndNothingIsWritten() throws Exception {
        String a = f.harvest(f.mai, f.maiPlot, 100, 0);
        Path db = dir.resolve(Database.FILE_NAME);
        Map<String, Long> before = counts(db);

        assertThatThrownBy(() -> f.process(ProcessStep.DRYING, f.driedTea, new String[] {a, a}, new double[] {70, 40},
                new double[] {30}, 1)).isInstanceOfSatisfying(TraceException.class, e -> {
                    assertThat(e.key()).isEqualTo("trace.error.notEnoughStock");
                    assertThat(e.message(new Messages(Messages.EN))).isEqualTo(
                            "Lot TEA-LEAF-261102-1 (Chè búp tươi) has only 100 kg left; 110 kg cannot be taken from it. "
                                    + "Nothing was recorded.");
                    assertThat(e.message(new Messages(Messages.VI))).startsWith("Lô TEA-LEAF-261102-1 (Chè búp tươi) chỉ còn 100 kg");
                });
        assertThat(counts(db)).isEqualTo(before);
        assertThat(f.app.lots().stock(a)).isEqualByComparingTo("100");

        String shipped = f.app.eventRecorder().record(EventDraft.of(EventKind.SHIPPING, TraceFixture.at(2, 8))
                .take(a, 100).to(Party.of(PartyType.BUYER, "Tokyo Green Tea"))).id();
        assertThat(shipped).isNotNull();
        assertThatThrownBy(() -> f.app.eventRecorder().record(EventDraft.of(EventKind.SALE, TraceFixture.at(3, 8))
                .take(a, 0.001))).isInstanceOf(TraceException.class).hasMessageContaining("notEnoughStock");
    }

    @Test
    void anErrorDeclarationReversesTheEventAndTheCorrectiveEventTakesItsPlace() {
        String a = f.harvest(f.mai, f.maiPlot, 100, 0);
        TraceEvent wrong = f.app.eventRecorder().record(EventDraft.of(EventKind.SHIPPING, TraceFixture.at(2, 8)).at(f.warehouse)
                .take(a, 30).to(Party.of(PartyType.BUYER, "Công ty Sai Tên")).document(DocumentType.INVOICE, "HD-1"));
        assertThat(f.app.lots().stock(a)).isEqualByComparingTo("70");

        List<TraceEvent> fix = f.app.eventRecorder().declareError(wrong.id(), ErrorReason.INCORRECT_DATA, TraceFixture.at(3, 9),
                "Trần Thị Lan", "wrong buyer", List.of(EventDraft.of(EventKind.SHIPPING, TraceFixture.at(2, 8))
                        .at(f.warehouse).take(a, 25).to(Party.of(PartyType.BUYER, "Tokyo Green Tea"))
                        .document(DocumentType.INVOICE, "HD-1")));

        TraceEvent declaration = fix.get(0);
        TraceEvent corrective = fix.get(1);
        assertThat(declaration.kind()).isEqualTo(EventKind.ERROR_DECLARATION);
        assertThat(declaration.body().declares()).isEqualTo(new Declaration(wrong.id(), "incorrect_data", List.of(corrective.id())));
        assertThat(corrective.body().corrects()).isEqualTo(wrong.id());
        assertThat(f.app.lots().stock(a)).isEqualByComparingTo("75");

        List<TimelineEntry> history = f.app.events().history(a);
        assertThat(history).extracting(h -> h.event().kind(), TimelineEntry::role, h -> h.quantity().toPlainString())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(EventKind.HARVEST, "produced", "100"),
                        org.assertj.core.groups.Tuple.tuple(EventKind.SHIPPING, "shipped", "-30"),
                        org.assertj.core.groups.Tuple.tuple(EventKind.SHIPPING, "shipped", "-25"),
                        org.assertj.core.groups.Tuple.tuple(EventKind.ERROR_DECLARATION, "reversed", "30"));
        assertThat(history).filteredOn(TimelineEntry::retracted).extracting(h -> h.event().id()).containsExactly(wrong.id());
        assertThat(f.app.recalls().recall(a).recipients()).extracting(r -> r.name()).containsExactly("Tokyo Green Tea");

        assertThatThrownBy(() -> f.app.eventRecorder().declareError(wrong.id(), ErrorReason.DID_NOT_OCCUR, TraceFixture.at(4, 9),
                null, null, List.of())).isInstanceOf(TraceException.class).hasMessageContaining("alreadyDeclared");
        assertThatThrownBy(() -> f.app.eventRecorder().declareError(declaration.id(), ErrorReason.DID_NOT_OCCUR,
                TraceFixture.at(4, 9), null, null, List.of())).hasMessageContaining("declareDeclaration");
    }

    @Test
    void aDeclarationThatWouldUndoWhatLaterEventsUsedIsRefused() throws Exception {
        String a = f.harvest(f.mai, f.maiPlot, 100, 0);
        TraceEvent dried = f.process(ProcessStep.DRYING, f.driedTea, new String[] {a}, new double[] {100}, new double[] {25}, 1);
        f.app.eventRecorder().record(EventDraft.of(EventKind.SALE, TraceFixture.at(3, 8)).take(dried.body().outputs().get(0).lot(), 5));
        Map<String, Long> before = counts(dir.resolve(Database.FILE_NAME));

        assertThatThrownBy(() -> f.app.eventRecorder().declareError(dried.id(), ErrorReason.DID_NOT_OCCUR, TraceFixture.at(4, 9),
                null, null, List.of())).isInstanceOf(TraceException.class).hasMessageContaining("correctionUsedLater");
        assertThat(counts(dir.resolve(Database.FILE_NAME))).isEqualTo(before);
    }

    @Test
    void anEventThatDidNotOccurGivesItsQuantitiesBack() {
        String a = f.harvest(f.mai, f.maiPlot, 100, 0);
        TraceEvent sale = f.app.eventRecorder().record(EventDraft.of(EventKind.SALE, TraceFixture.at(1, 8)).take(a, 10));
        f.app.eventRecorder().declareError(sale.id(), ErrorReason.DID_NOT_OCCUR, TraceFixture.at(1, 9), null, null, List.of());
        assertThat(f.app.lots().stock(a)).isEqualByComparingTo("100");
    }

    @Test
    void eventRowsCannotBeChangedOrDeleted() {
        f.harvest(f.mai, f.maiPlot, 10, 0);
        f.app.close();
        Path db = dir.resolve(Database.FILE_NAME);
        assertThatThrownBy(() -> DataDirs.execute(db, "UPDATE trace_event SET kind = 'sale'")).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> DataDirs.execute(db, "DELETE FROM trace_event")).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        f = new TraceFixture(TestContexts.open(dir.resolve("other")));
    }

    @Test
    void aReceiptFromASupplierKeepsTheirLotNumberAndExpiry() {
        java.time.LocalDate expiry = TraceFixture.DAY.plusMonths(18);
        TraceEvent e = f.app.eventRecorder().record(EventDraft.of(EventKind.RECEIPT, TraceFixture.at(0, 14)).at(f.warehouse)
                .by("Trần Thị Lan").from(Party.of(PartyType.SUPPLIER, "Công ty Chè Thái Nguyên"))
                .document(DocumentType.DESPATCH_ADVICE, "PGH-77")
                .make(Lot.of(f.driedTea, "kg", TraceFixture.DAY).withSupplier("Công ty Chè Thái Nguyên", "TN-2026-0412", expiry), 250));
        Lot lot = f.app.lots().find(e.body().outputs().get(0).lot()).orElseThrow();
        assertThat(lot.supplierLot()).isEqualTo("TN-2026-0412");
        assertThat(lot.supplierExpiry()).isEqualTo(expiry);
        assertThat(e.body().ilmd().get(0).supplierLot()).isEqualTo("TN-2026-0412");
        assertThat(e.body().source().partyType()).isEqualTo(PartyType.SUPPLIER);
        assertThat(e.kind().bizStep()).isEqualTo("receiving");
        assertThat(e.kind().epcisAction()).isEqualTo("ADD");
        assertRefused(EventDraft.of(EventKind.RECEIPT, TraceFixture.at(0, 14)).make(Lot.of(f.driedTea, "kg", null), 1),
                "trace.error.sourceRequired");
    }

    @Test
    void eachKindSaysWhatItNeeds() {
        String a = f.harvest(f.mai, f.maiPlot, 10, 0);
        assertRefused(EventDraft.of(EventKind.SHIPPING, TraceFixture.at(1, 8)).take(a, 1), "trace.error.destinationRequired");
        assertRefused(EventDraft.of(EventKind.HARVEST, TraceFixture.at(1, 8)).make(Lot.of(f.freshLeaf, "kg", null), 1),
                "trace.error.memberRequired");
        assertRefused(EventDraft.of(EventKind.PROCESSING, TraceFixture.at(1, 8)).take(a, 1).make(Lot.of(f.driedTea, "kg", null), 1),
                "trace.error.stepRequired");
        assertRefused(EventDraft.of(EventKind.SALE, TraceFixture.at(1, 8)).take("no-such-lot", 1), "trace.error.lotMissing");
        assertRefused(EventDraft.of(EventKind.SALE, TraceFixture.at(1, 8)).take(a, 0), "trace.error.quantityPositive");
        assertRefused(EventDraft.of(EventKind.SALE, TraceFixture.at(1, 8)).take(a, new BigDecimal("0.0001")),
                "trace.error.quantityPrecision");
        assertRefused(EventDraft.of(EventKind.STORAGE, TraceFixture.at(1, 8)).observe(a, null), "trace.error.placeRequired");
        assertRefused(EventDraft.of(EventKind.INSPECTION, TraceFixture.at(1, 8)).observe(a, null), "trace.error.resultRequired");
        assertRefused(EventDraft.of(EventKind.SALE, null).take(a, 1), "trace.error.timeRequired");
        assertThat(f.app.events().count()).isEqualTo(1);
    }

    @Test
    void aNewLotWithAForbiddenCodeIsRefusedBesideItsField() {
        String a = f.harvest(f.mai, f.maiPlot, 10, 0);
        assertThatThrownBy(() -> f.app.eventRecorder().record(EventDraft.of(EventKind.PROCESSING, TraceFixture.at(1, 8))
                .step(ProcessStep.DRYING).take(a, 10).make(Lot.of(f.driedTea, "kg", null).withCode("LÔ SẤY 1"), 2)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.key()).isEqualTo("trace.lot.error.codeCharacter")));
        assertThat(f.app.lots().stock(a)).isEqualByComparingTo("10");
        assertThat(f.app.lots().count()).isEqualTo(1);
    }

    private void assertRefused(EventDraft d, String key) {
        assertThatThrownBy(() -> f.app.eventRecorder().record(d)).isInstanceOfSatisfying(TraceException.class,
                e -> assertThat(e.key()).isEqualTo(key));
    }

    static Map<String, Long> counts(Path db) throws SQLException {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (String t : List.of("change", "trace_event", "lot", "lot_movement", "lot_edge", "event_retraction")) {
            out.put(t, DataDirs.number(db, "SELECT count(*) FROM " + t));
        }
        return out;
    }
}
