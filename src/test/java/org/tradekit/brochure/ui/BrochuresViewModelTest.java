package org.tradekit.brochure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradekit.app.AppContext;
import org.tradekit.brochure.BrochureFixture;
import org.tradekit.brochure.DocumentLanguage;
import org.tradekit.brochure.FairPack;
import org.tradekit.lead.Fair;
import org.tradekit.ui.task.ManualTaskRunner;
import org.tradekit.work.Work;

/**
 * The Brochures screen's state on a real store and real files: a cancelled save leaves no file (nor
 * a temporary one), the fair pack writes its files for the chosen fair and languages or, cancelled,
 * none, and printing is refused where there is no printer.
 */
class BrochuresViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    ManualTaskRunner tasks;
    List<Throwable> unexpected = new ArrayList<>();
    List<String> sent = new ArrayList<>();
    List<String> machinePrinters = new ArrayList<>();
    BrochuresViewModel vm;
    FairPackViewModel pack;

    @BeforeEach
    void open() throws Exception {
        app = BrochureFixture.open(dir.resolve("data"));
        tasks = new ManualTaskRunner(unexpected::add);
        BrochurePrinting printing = new BrochurePrinting() {
            @Override
            public int print(Path pdf, String printer, String job, Work work) {
                try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                    sent.add(printer + ":" + job + ":" + d.getNumberOfPages());
                    return d.getNumberOfPages();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public List<String> printers() {
                return machinePrinters;
            }

            @Override
            public Optional<String> defaultPrinter() {
                return Optional.empty();
            }
        };
        vm = new BrochuresViewModel(app.brochures(), app.products(), app.fairs(), printing, tasks);
        pack = new FairPackViewModel(vm, new FairPack(app.brochures()), tasks);
        vm.start();
        tasks.finishAll();
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(unexpected).isEmpty();
    }

    private void preview(DocumentLanguage language) {
        vm.languageProperty().set(language);
        vm.generate();
        tasks.finishAll();
        if (vm.stageProperty().get() == BrochuresViewModel.Stage.CONFIRM_MISSING) {
            vm.goOn();
            tasks.finishAll();
        }
        assertThat(vm.previewProperty().get()).isNotNull();
    }

    @Test
    void theCooperativesColourIsNamedOnceItIsInTheProfileAndEveryVisitReadsItAfresh() {
        assertThat(vm.brandColourProperty().get()).isNull(); // the fixture's profile has none
        app.coopProfile().saveBrand(new org.tradekit.coop.CoopBrand(null, null, "#6a1b9a"));
        vm.start();
        tasks.finishAll();
        assertThat(vm.brandColourProperty().get()).isEqualTo("#6A1B9A");
    }

    @Test
    void aCancelledSaveLeavesNoFile() throws Exception {
        preview(DocumentLanguage.EN);
        Path out = dir.resolve("out/catalogue-en.pdf");
        Files.createDirectories(out.getParent());
        vm.save(out);
        vm.cancel(); // before the engine checks its token between products
        tasks.finishAll();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("brochure.ui.saveCancelled");
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).isEmpty();
        }
        assertThat(vm.workingProperty().get()).isNull();

        vm.save(out); // and saved when not cancelled
        tasks.finishAll();
        assertThat(out).exists();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("brochure.ui.saved");
    }

    @Test
    void aGenerationCancelledShowsNoPreviewAndSaysSo() {
        vm.generate();
        tasks.finish(0); // the check
        vm.cancel();
        tasks.finishAll();
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("brochure.ui.cancelled");
    }

    @Test
    void theFairPackWritesEachDocumentInEachLanguageAndNoneWhenCancelled() throws Exception {
        Fair fair = app.fairs().create(new Fair(null, "Canton Fair", "Guangzhou", "CN", LocalDate.of(2026, 10, 15),
                LocalDate.of(2026, 10, 19), "A1", List.of()));
        vm.start();
        tasks.finishAll();
        assertThat(vm.fairs()).extracting(Fair::name).containsExactly("Canton Fair");
        Path folder = dir.resolve("pack");
        Files.createDirectories(folder);

        pack.make(folder); // no fair chosen yet
        assertThat(pack.noticeProperty().get().key()).isEqualTo("brochure.ui.pack.noFair");
        pack.fairProperty().set(vm.fairs().get(0));
        pack.languages().clear();
        pack.languages().add(DocumentLanguage.ZH);
        pack.languages().add(DocumentLanguage.EN);

        pack.make(folder);
        pack.cancel();
        tasks.finishAll();
        assertThat(pack.noticeProperty().get().key()).isEqualTo("brochure.ui.pack.cancelled");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }

        pack.make(folder);
        tasks.finishAll();
        assertThat(pack.noticeProperty().get().key()).isEqualTo("brochure.ui.pack.done");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("catalogue-en.pdf",
                    "pricelist-en.pdf", "spec-sheets-en.pdf", "catalogue-zh.pdf", "pricelist-zh.pdf", "spec-sheets-zh.pdf");
        }
        try (PDDocument d = Loader.loadPDF(folder.resolve("catalogue-zh.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains(fair.name(), BrochureFixture.COFFEE_ZH);
        }
    }

    @Test
    void printingNeedsAPrinterAndSendsThePreviewedBrochure() {
        preview(DocumentLanguage.ZH);
        assertThat(vm.printers()).isEmpty();
        assertThat(vm.printerProperty().get()).isNull();
        vm.print(); // no printer: nothing is sent
        tasks.finishAll();
        assertThat(sent).isEmpty();

        machinePrinters.add("Office laser");
        vm.start();
        tasks.finishAll();
        assertThat(vm.printerProperty().get()).isEqualTo("Office laser");
        vm.print();
        tasks.finishAll();
        int pages = vm.previewProperty().get().pages();
        assertThat(sent).containsExactly("Office laser:catalogue-zh:" + pages);
        assertThat(vm.noticeProperty().get().key()).isEqualTo("brochure.ui.printed");
    }

    @Test
    void selectAllAndNoneActOnTheProductsTheSearchShows() {
        vm.productQueryProperty().set("");
        vm.chooseShown(true);
        vm.productQueryProperty().set("tieu den"); // without marks, as typed on a keyboard without Telex
        vm.chooseShown(false);
        assertThat(vm.chosenSkus()).containsExactly(BrochureFixture.COFFEE, BrochureFixture.HONEY);
        vm.allProductsProperty().set(false);
        assertThat(vm.request().skus()).containsExactly(BrochureFixture.COFFEE, BrochureFixture.HONEY);
        vm.allProductsProperty().set(true);
        assertThat(vm.request().skus()).isEmpty(); // every active product
    }
}
