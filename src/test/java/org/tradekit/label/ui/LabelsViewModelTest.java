package org.tradekit.label.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tradekit.coop.CoopProfile;
import org.tradekit.label.run.LabelPdfs;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.print.codes.QrErrorCorrection;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.ResultMetadataType;
import org.tradekit.label.stock.StockCatalogue;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.trace.ui.LotsViewModel;
import org.tradekit.ui.common.Debouncer;
import org.tradekit.ui.task.ManualTaskRunner;

/** The Labels screen's state on a real data directory, with tasks finished by the test in any order. */
class LabelsViewModelTest extends TraceTestBase {
    final List<Throwable> unexpected = new ArrayList<>();
    ManualTaskRunner tasks;
    LabelsViewModel vm;
    StockCatalogue stock;
    String lot;

    @BeforeEach
    void screen() {
        f.app.coopProfile().save(new CoopProfile(null, "HTX Chè Shan Tuyết", null, null, "Hà Giang", null, null, null, null,
                null, "truyxuat.htxchesan.vn", "VND"));
        lot = f.harvest(f.mai, f.maiPlot, 12, 0);
        tasks = new ManualTaskRunner(unexpected::add);
        stock = StockCatalogue.open(dir);
        vm = new LabelsViewModel(new LotsViewModel(f.app.lots(), f.app.products(), f.app.lotLookup(), tasks,
                Debouncer.IMMEDIATE), () -> stock, f.app.labelRuns(), f.app.printRuns(), tasks, Debouncer.IMMEDIATE,
                Debouncer.IMMEDIATE);
        vm.lots().selectedProperty().set(f.app.lots().row(lot).orElseThrow());
    }

    @Test
    void aPreviewThatWasOvertakenByANewerChoiceIsDropped() {
        vm.stockProperty().set(stock.require("Avery L7160"));
        int before = tasks.pending();
        vm.startAtProperty().set(7);
        assertThat(tasks.pending()).isEqualTo(before + 1);

        tasks.finish(tasks.pending() - 1); // the newest (start at 7) finishes first...
        assertThat(vm.previewProperty().get().labels()).isEqualTo(15);
        tasks.finishAll(); // ...then the older ones, whose pictures are out of date
        assertThat(vm.previewProperty().get().labels()).isEqualTo(15);
        assertThat(vm.previewingProperty().get()).isFalse();
        assertThat(unexpected).isEmpty();
    }

    @Test
    void aRollOrASmallerSheetStartsAtTheFirstLabelAgain() {
        vm.stockProperty().set(stock.require("Avery L7160"));
        vm.startAtProperty().set(20);
        LabelStock eight = stock.search("2x4").stream().filter(s -> !s.roll() && s.labelsPerPage() == 8).findFirst()
                .orElseThrow();
        vm.stockProperty().set(eight);
        assertThat(vm.startAtProperty().get()).isEqualTo(1);
        vm.stockProperty().set(stock.require("Avery L7160"));
        vm.startAtProperty().set(5);
        vm.stockProperty().set(stock.require("Roll 50x30 mm"));
        assertThat(vm.startAtProperty().get()).isEqualTo(1);
    }

    @Test
    void aCancelledSaveLeavesNoFileAndSaysSo() {
        vm.stockProperty().set(stock.require("Avery L7160"));
        tasks.finishAll();
        Path out = dir.resolve("nhan.pdf");
        vm.save(out);
        assertThat(vm.savingProperty().get()).isNotNull();
        vm.cancelSave();
        tasks.finishAll();
        assertThat(vm.savingProperty().get()).isNull();
        assertThat(vm.savedProperty().get().key()).isEqualTo("label.ui.saveCancelled");
        assertThat(Files.exists(out)).isFalse();
        assertThat(f.app.printRuns().runsOf(lot)).isEmpty(); // a cancelled run records nothing
    }

    @Test
    void aSavedSerialisedRunIsRecordedAgainstItsLotAndTheNextRunContinuesItsSerials() {
        vm.stockProperty().set(stock.require("Avery L7160"));
        vm.serialsProperty().set(true);
        vm.countProperty().set(5);
        tasks.finishAll();
        vm.save(dir.resolve("a.pdf"));
        tasks.finishAll();
        vm.save(dir.resolve("b.pdf"));
        tasks.finishAll();

        var runs = f.app.printRuns().runsOf(lot);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).destination()).isEqualTo("a.pdf");
        assertThat(runs.get(0).labels()).isEqualTo(5);
        assertThat(runs.get(0).serials().first()).isEqualTo(1);
        assertThat(runs.get(1).serials().first()).isEqualTo(6); // never the same serial twice for a lot
        assertThat(vm.savedProperty().get().key()).isEqualTo("label.ui.savedSerials");
        assertThat(vm.savedProperty().get().args()).contains(runs.get(1).serials().toString());
        assertThat(unexpected).isEmpty();
    }

    @Test
    void theChosenErrorCorrectionIsTheOneInTheSavedLabelsQrCodes() throws Exception {
        LabelStock sheet = stock.require("Avery L7160");
        vm.stockProperty().set(sheet);
        vm.errorCorrectionProperty().set(QrErrorCorrection.H);
        vm.countProperty().set(1);
        tasks.finishAll();
        Path out = dir.resolve("h.pdf");
        vm.save(out);
        tasks.finishAll();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            var qr = LabelPdfs.decodeLabel(LabelPdfs.render(doc, 0), sheet.placements(1, 1).get(0), sheet, BarcodeFormat.QR_CODE);
            assertThat(qr.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("H");
        }
        assertThat(unexpected).isEmpty();
    }

    @Test
    void copiesPrintEachLabelThatManyTimesAndAreRecordedWithTheRun() {
        vm.stockProperty().set(stock.require("Avery L7160"));
        vm.serialsProperty().set(true);
        vm.countProperty().set(3);
        vm.copiesProperty().set(2);
        tasks.finishAll();
        assertThat(vm.previewProperty().get().labels()).isEqualTo(6);
        vm.save(dir.resolve("copies.pdf"));
        tasks.finishAll();

        var runs = f.app.printRuns().runsOf(lot);
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).labels()).isEqualTo(3);
        assertThat(runs.get(0).copies()).isEqualTo(2);
        assertThat(runs.get(0).serials().last()).isEqualTo(3); // one serial per distinct label, not per copy
        assertThat(vm.savedProperty().get().args().get(0)).isEqualTo(6);
        assertThat(unexpected).isEmpty();
    }

    @Test
    void severalLotsAddedToTheRunPrintOneAfterAnotherEachWithItsOwnSerialsAndRecord() throws Exception {
        String other = f.harvest(f.mai, f.maiPlot, 7, 1);
        LabelStock sheet = stock.require("Avery L7160");
        vm.stockProperty().set(sheet);
        vm.serialsProperty().set(true);
        vm.countProperty().set(15);
        vm.addLot();
        vm.lots().selectedProperty().set(f.app.lots().row(other).orElseThrow());
        vm.countProperty().set(9);
        vm.addLot();
        vm.countProperty().set(4);
        vm.addLot(); // the same lot again takes the new count
        assertThat(vm.runLots()).extracting(RunChoice.Line::count).containsExactly(15, 4);
        tasks.finishAll();
        assertThat(vm.previewProperty().get().labels()).as("the first sheet holds both lots").isEqualTo(19);

        Path out = dir.resolve("two.pdf");
        vm.save(out);
        tasks.finishAll();
        assertThat(unexpected).isEmpty();
        var first = f.app.printRuns().runsOf(lot);
        var second = f.app.printRuns().runsOf(other);
        assertThat(first).singleElement().satisfies(r -> assertThat(r.labels()).isEqualTo(15));
        assertThat(second).singleElement().satisfies(r -> assertThat(r.labels()).isEqualTo(4));
        assertThat(second.get(0).serials().first()).isEqualTo(1);
        assertThat(vm.savedProperty().get().args().get(0)).isEqualTo(19);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            var page = LabelPdfs.render(doc, 0);
            var at = sheet.placements(1, 16);
            assertThat(LabelPdfs.decodeLabel(page, at.get(14), sheet, BarcodeFormat.QR_CODE).getText())
                    .isEqualTo(f.app.lotLinks().uri(lot, first.get(0).serials().serial(14)));
            assertThat(LabelPdfs.decodeLabel(page, at.get(15), sheet, BarcodeFormat.QR_CODE).getText())
                    .as("the second lot's first label right after the first lot's last")
                    .isEqualTo(f.app.lotLinks().uri(other, second.get(0).serials().serial(0)));
        }

        vm.removeLot(vm.runLots().get(0));
        vm.removeLot(vm.runLots().get(0));
        assertThat(vm.choice().lines()).as("an empty list prints the selected lot")
                .containsExactly(new RunChoice.Line(other, f.app.lots().row(other).orElseThrow().code(), 4));
    }

    @Test
    void aRunOfNoLabelsIsRefusedInWordsInPlaceOfThePreview() {
        vm.stockProperty().set(stock.require("Avery L7160"));
        vm.countProperty().set(0);
        tasks.finishAll();
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.previewProblemProperty().get().key()).isEqualTo("label.run.error.count");
    }

    @Test
    void anotherLayoutIsPreviewedOrRefusedInWordsAndCarriesNoSerials() {
        vm.stockProperty().set(stock.require("Avery L7160"));
        vm.serialsProperty().set(true);
        vm.layoutProperty().set(org.tradekit.label.run.LabelLayout.PRICE);
        assertThat(vm.serialsProperty().get()).isFalse(); // serials go in the trace label's QR code only
        tasks.finishAll();
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.previewProblemProperty().get().key()).isEqualTo("label.layout.error.noPrice");

        vm.layoutProperty().set(org.tradekit.label.run.LabelLayout.TRACE);
        tasks.finishAll();
        assertThat(vm.previewProperty().get()).isNotNull();
        assertThat(vm.previewProblemProperty().get()).isNull();
        assertThat(unexpected).isEmpty();
    }

    @Test
    void theLogoCanBeTickedOnlyOnceTheProfileHasOneAndThenEveryLabelCarriesIt() throws Exception {
        vm.checkLogo();
        tasks.finishAll();
        assertThat(vm.logoAvailableProperty().get()).as("the tea cooperative has no logo yet").isFalse();

        String sha = f.app.photoStore().put(LabelPdfs.png(240, 120));
        CoopProfile p = f.app.coopProfile().load().orElseThrow();
        f.app.coopProfile().save(new CoopProfile(p.id(), p.nameVi(), p.nameEn(), null, p.province(), null, null, null, sha,
                null, p.traceDomain(), p.currency()));
        vm.start(); // the screen is opened again after the logo was set under Settings
        tasks.finishAll();
        assertThat(vm.logoAvailableProperty().get()).isTrue();

        vm.stockProperty().set(stock.require("Avery L7160"));
        vm.countProperty().set(4);
        vm.logoProperty().set(true);
        tasks.finishAll();
        assertThat(vm.previewProblemProperty().get()).isNull();
        assertThat(vm.previewProperty().get().labels()).isEqualTo(4);
        Path with = dir.resolve("logo.pdf");
        vm.save(with);
        tasks.finishAll();
        vm.logoProperty().set(false);
        Path without = dir.resolve("no-logo.pdf");
        vm.save(without);
        tasks.finishAll();
        assertThat(unexpected).isEmpty();
        try (PDDocument a = Loader.loadPDF(with.toFile()); PDDocument b = Loader.loadPDF(without.toFile())) {
            assertThat(LabelPdfs.placedImages(a)).isNotEmpty().containsOnly(LabelPdfs.placedImages(a).get(0)); // one logo, shared
            assertThat(LabelPdfs.placedImages(b)).isEmpty();
        }
    }

    @Test
    void untickedFieldsLeaveTheLabelNoneIsRefusedInWordsAndAnotherLayoutStartsFromItsDefaults() throws Exception {
        vm.stockProperty().set(stock.require("Avery L7160"));
        vm.countProperty().set(1);
        tasks.finishAll();
        Path defaults = dir.resolve("defaults.pdf");
        vm.save(defaults);
        tasks.finishAll();
        vm.setField("coop", false);
        vm.setField("sku", true);
        assertThat(vm.fields()).containsExactly("lot", "produced", "expiry", "net", "ocop", "sku"); // the layout's order
        tasks.finishAll();
        Path out = dir.resolve("fields.pdf");
        vm.save(out);
        tasks.finishAll();
        try (PDDocument before = Loader.loadPDF(defaults.toFile()); PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(LabelPdfs.words(before)).contains("HTX Chè Shan Tuyết").doesNotContain("Mã: TEA-LEAF");
            assertThat(LabelPdfs.words(doc)).doesNotContain("HTX Chè Shan Tuyết").contains("Mã: TEA-LEAF");
        }

        for (String field : List.copyOf(vm.fields())) {
            vm.setField(field, false);
        }
        tasks.finishAll();
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.previewProblemProperty().get().key()).isEqualTo("label.ui.fields.none");
        vm.save(dir.resolve("none.pdf"));
        tasks.finishAll();
        assertThat(vm.savedProperty().get().key()).isEqualTo("label.ui.fields.none");
        assertThat(dir.resolve("none.pdf")).doesNotExist();

        vm.layoutProperty().set(org.tradekit.label.run.LabelLayout.CARTON);
        assertThat(vm.fields()).containsExactly("gtin", "lot", "expiry", "count");
        vm.dpiProperty().set(203);
        vm.euProperty().set(true);
        var design = vm.choice().design(); // the same design the CLI builds from --fields, --dpi, --market eu
        assertThat(design.fields()).containsExactly("gtin", "lot", "expiry", "count");
        assertThat(design.dpi()).isEqualTo(203);
        assertThat(design.eu()).isTrue();
        assertThat(design.strict()).as("the screen shows warnings, it does not refuse").isFalse();
        assertThat(unexpected).isEmpty();
    }
}
