package org.tradekit.trace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.catalog.ProductField;
import org.tradekit.coop.CoopProfile;
import org.tradekit.gs1.Gtin;
import org.tradekit.i18n.Messages;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.PartyType;
import org.tradekit.trace.event.ProcessStep;
import org.tradekit.trace.lot.LotRow;
import org.tradekit.trace.member.Member;
import org.tradekit.trace.place.LocationKind;
import org.tradekit.ui.common.Debouncer;
import org.tradekit.ui.task.SyncTaskRunner;

/** The Traceability screen's state without a toolkit: a real store, tasks run at once. */
class TraceViewModelTest {
    static final String GTIN = Gtin.withCheckDigit("893850000001").digits();

    @TempDir
    Path dir;
    @TempDir
    Path out;
    final List<Throwable> unexpected = new ArrayList<>();
    AppContext app;
    TraceViewModel vm;

    @BeforeEach
    void open() {
        app = TestContexts.open(dir);
        app.catalog().save(TestContexts.product("CHE-TUOI", "Chè tươi Tân Cương", "Fresh tea leaves"));
        app.catalog().save(TestContexts.product("CHE-KHO", "Chè búp khô Thái Nguyên", "Dried tea buds")
                .with(ProductField.GTIN, GTIN));
        app.coopProfile().save(new CoopProfile(null, "HTX Chè Tân Cương", null, null, null, null, null, null, null, null,
                "trace.htx-tancuong.vn", "VND"));
        vm = new TraceViewModel(app, new SyncTaskRunner(unexpected::add), Debouncer.IMMEDIATE);
        vm.start();
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(unexpected).isEmpty();
    }

    /** A member with a plot and a drying house, added as a user would on a fresh install. */
    private void peopleAndPlaces() {
        vm.showPeople();
        PeopleAndPlacesViewModel p = vm.people();
        p.editMember(null);
        p.nameProperty().set("Nguyễn Thị Hằng");
        p.communeProperty().set("Tân Cương");
        p.plotNameProperty().set("Đồi chè số 3");
        p.plotAreaProperty().set("2500");
        p.saveMember();
        p.editPlace(null);
        p.placeNameProperty().set("Xưởng sấy Tân Cương");
        p.placeKindProperty().set(LocationKind.DRYING_HOUSE);
        p.savePlace();
        assertThat(p.members()).extracting(Member::name).containsExactly("Nguyễn Thị Hằng");
        assertThat(p.places()).hasSize(1);
    }

    private LotRow harvest(String quantity) {
        peopleAndPlaces();
        vm.record(EventKind.HARVEST);
        EventFormViewModel f = vm.form();
        f.memberProperty().set(f.members().get(0));
        assertThat(f.plotProperty().get().name()).isEqualTo("Đồi chè số 3"); // the member's only plot
        OutputLine line = f.outputs().get(0);
        line.skuProperty().set("CHE-TUOI");
        assertThat(line.codeProperty().get()).isEqualTo("CHE-TUOI-261123-1"); // from the pattern
        line.quantityProperty().set(quantity);
        f.save();
        assertThat(f.noticeProperty().get().problem()).isFalse();
        return vm.lots().selectedProperty().get();
    }

    @Test
    void aHarvestFromAMemberMakesALotWithTheSuggestedCodeAndItsStock() {
        LotRow lot = harvest("120,5");

        assertThat(lot.code()).isEqualTo("CHE-TUOI-261123-1");
        assertThat(lot.stock()).isEqualByComparingTo("120.5");
        LotStory story = vm.lineage().storyProperty().get();
        assertThat(story.lot().id()).isEqualTo(lot.id());
        assertThat(story.lineage().upstream().root().memberName()).isEqualTo("Nguyễn Thị Hằng");
        assertThat(story.lineage().upstream().root().plotName()).isEqualTo("Đồi chè số 3");
        assertThat(story.history()).extracting(e -> e.event().kind()).containsExactly(EventKind.HARVEST);
    }

    @Test
    void aLabelRunPrintedForTheLotShowsInItsTimelineAfterTheHarvestMarkedAsAPrintRun() {
        LotRow lot = harvest("120,5");
        var serials = app.printRuns().reserve(lot.id(), 40);
        app.printRuns().record(new org.tradekit.label.record.PrintRunDraft(lot.id(), "trace", "Avery L7160", 40, 1, serials,
                "vi", "nhan.pdf"));
        vm.lineage().load(lot.id());

        var timeline = vm.lineage().storyProperty().get().timeline();
        assertThat(timeline).hasSize(2);
        assertThat(timeline.get(0).event().event().kind()).isEqualTo(EventKind.HARVEST);
        assertThat(timeline.get(1).isPrintRun()).isTrue();
        assertThat(timeline.get(1).printRun().serials()).isEqualTo(serials);
        assertThat(vm.lineage().storyProperty().get().history()).as("events alone, as before").hasSize(1);
    }

    @Test
    void formProblemsStayBesideTheirFieldsAndNothingIsWritten() {
        peopleAndPlaces();
        vm.record(EventKind.HARVEST);
        EventFormViewModel f = vm.form();
        f.outputs().get(0).skuProperty().set("KHONG-CO");
        f.outputs().get(0).quantityProperty().set("1.500,5");
        f.save();

        assertThat(f.problems()).containsKeys("member", "output.0.sku", "output.0.quantity");
        assertThat(f.problems().get("output.0.sku").key()).isEqualTo("trace.ui.form.productUnknown");
        assertThat(app.events().count()).isZero();
    }

    @Test
    void processingThatTakesMoreThanALotHoldsIsRefusedInWordsAndWritesNothing() {
        LotRow fresh = harvest("100");
        long events = app.events().count();
        vm.record(EventKind.PROCESSING);
        EventFormViewModel f = vm.form();
        f.stepProperty().set(ProcessStep.DRYING);
        f.inputs().get(0).codeProperty().set(fresh.code());
        assertThat(f.inputs().get(0).lotProperty().get().stock()).isEqualByComparingTo("100"); // shown beside the line
        f.inputs().get(0).quantityProperty().set("150");
        f.outputs().get(0).skuProperty().set("CHE-KHO");
        f.outputs().get(0).quantityProperty().set("30");
        f.save();

        assertThat(f.noticeProperty().get().problem()).isTrue();
        assertThat(f.noticeProperty().get().key()).isEqualTo("trace.error.notEnoughStock");
        assertThat(Messages.of("vi").get(f.noticeProperty().get().key(), f.noticeProperty().get().args().toArray()))
                .contains(fresh.code()).contains("150");
        assertThat(app.events().count()).isEqualTo(events);
        assertThat(app.lots().stock(fresh.id())).isEqualByComparingTo("100");
    }

    @Test
    void processingShowsTheYieldAndAShipmentReachesTheRecallAndItsPdf() throws Exception {
        LotRow fresh = harvest("100");
        vm.record(EventKind.PROCESSING);
        EventFormViewModel f = vm.form();
        f.inputs().get(0).codeProperty().set(fresh.code());
        f.inputs().get(0).quantityProperty().set("100");
        f.outputs().get(0).skuProperty().set("CHE-KHO");
        f.outputs().get(0).quantityProperty().set("22");
        assertThat(f.yieldProperty().get()).isEqualByComparingTo(new BigDecimal("0.22"));
        f.save();
        LotRow dried = vm.lots().selectedProperty().get();
        assertThat(dried.code()).startsWith("CHE-KHO-261123-");

        vm.record(EventKind.SHIPPING);
        f.inputs().get(0).codeProperty().set(dried.code());
        f.inputs().get(0).quantityProperty().set("20");
        f.partyTypeProperty().set(PartyType.BUYER);
        f.partyNameProperty().set("Công ty TNHH Trà Đức Việt");
        f.invoiceProperty().set("HĐ-0042");
        f.save();
        assertThat(app.lots().stock(dried.id())).isEqualByComparingTo("2");

        vm.lots().scanProperty().set(fresh.code());
        vm.lots().openScanned();
        vm.recall();
        var recall = vm.lineage().recallProperty().get();
        assertThat(recall.recipients()).extracting(r -> r.name()).containsExactly("Công ty TNHH Trà Đức Việt");

        Path pdf = out.resolve("thu-hoi.pdf");
        vm.lineage().exportPdf(pdf, Messages.of("vi"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Thu hồi lô " + fresh.code()).contains("Công ty TNHH Trà Đức Việt")
                    .contains("Chè tươi Tân Cương").contains("HTX Chè Tân Cương").contains("Hóa đơn HĐ-0042")
                    .contains("Còn trong kho");
        }
        Path csv = out.resolve("thu-hoi.csv");
        vm.lineage().exportCsv(csv, Messages.of("vi"));
        assertThat(Files.readString(csv)).contains("Công ty TNHH Trà Đức Việt");
        assertThat(vm.lineage().noticeProperty().get().key()).isEqualTo("trace.ui.recall.saved");
    }

    @Test
    void aPastedDigitalLinkOpensItsLotAndBadLinksAreRefusedInWords() {
        LotRow fresh = harvest("100");
        vm.record(EventKind.PROCESSING);
        EventFormViewModel f = vm.form();
        f.inputs().get(0).codeProperty().set(fresh.code());
        f.inputs().get(0).quantityProperty().set("50");
        f.outputs().get(0).skuProperty().set("CHE-KHO");
        f.outputs().get(0).quantityProperty().set("11");
        f.outputs().get(0).codeProperty().set("TN-2611"); // the user's own code
        f.save();
        vm.lots().selectedProperty().set(null);

        LotsViewModel lots = vm.lots();
        lots.scanProperty().set("https://trace.htx-tancuong.vn/01/0" + GTIN + "/10/TN-2611\n");
        lots.openScanned();
        assertThat(lots.scanProblemProperty().get()).isNull();
        assertThat(lots.selectedProperty().get().code()).isEqualTo("TN-2611");
        assertThat(lots.scanProperty().get()).isEmpty();

        String wrongDigit = GTIN.substring(0, 12) + ((GTIN.charAt(12) - '0' + 1) % 10);
        lots.scanProperty().set("https://trace.htx-tancuong.vn/01/0" + wrongDigit + "/10/TN-2611");
        lots.openScanned();
        assertThat(lots.scanProblemProperty().get().key()).contains("check");
        lots.scanProperty().set("https://id.other-coop.vn/01/0" + GTIN + "/10/TN-2611");
        lots.openScanned();
        assertThat(lots.scanProblemProperty().get().key()).isEqualTo("gs1.link.error.foreignDomain");
        lots.scanProperty().set("https://trace.htx-tancuong.vn/01/0" + GTIN + "/10/KHONG-CO");
        lots.openScanned();
        assertThat(lots.scanProblemProperty().get().key()).isEqualTo("trace.io.link.unknownLot");
        assertThat(lots.selectedProperty().get().code()).isEqualTo("TN-2611"); // a refused scan changes nothing
    }

    @Test
    void anInspectionRefusesAFileThatIsNotADocumentAndKeepsACertificate() throws Exception {
        LotRow fresh = harvest("100");
        long events = app.events().count();
        vm.record(EventKind.INSPECTION);
        EventFormViewModel f = vm.form();
        f.inputs().get(0).codeProperty().set(fresh.code());
        f.attachmentProperty().set(Files.writeString(out.resolve("chung-nhan.pdf"), "không phải PDF"));
        f.save();
        assertThat(f.problems().get("attachment").key()).isEqualTo("trace.error.attachmentNotDocument");
        assertThat(app.events().count()).isEqualTo(events);

        f.attachmentProperty().set(Files.writeString(out.resolve("vietgap.pdf"), "%PDF-1.4\n% VietGAP\n"));
        f.despatchProperty().set("VG-2026-118");
        f.save();
        assertThat(f.problems()).isEmpty();
        var last = vm.lineage().storyProperty().get().history();
        var body = last.get(last.size() - 1).event().body();
        assertThat(body.attachments()).extracting(a -> a.name()).containsExactly("vietgap.pdf");
        assertThat(body.documents()).extracting(d -> d.number()).containsExactly("VG-2026-118");
    }

    @Test
    void aWrongHarvestIsDeclaredAndCorrectedAndTheHistoryShowsBoth() {
        LotRow wrong = harvest("100");
        var harvestEvent = vm.lineage().storyProperty().get().history().get(0).event();
        vm.declareError(harvestEvent);
        EventFormViewModel f = vm.form();
        assertThat(f.kindProperty().get()).isEqualTo(EventKind.HARVEST);
        f.memberProperty().set(f.members().get(0));
        f.outputs().get(0).skuProperty().set("CHE-TUOI");
        f.outputs().get(0).quantityProperty().set("80");
        f.save();

        assertThat(f.noticeProperty().get().key()).isEqualTo("trace.ui.form.declared");
        assertThat(app.lots().stock(wrong.id())).isEqualByComparingTo("0");
        vm.lots().show(wrong.id());
        var history = vm.lineage().storyProperty().get().history();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).retracted()).isTrue();
        assertThat(history.get(1).event().kind()).isEqualTo(EventKind.ERROR_DECLARATION);
    }
}
