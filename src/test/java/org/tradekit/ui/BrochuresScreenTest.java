package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.until;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.brochure.BrochureFixture;
import org.tradekit.brochure.BrochureResult;

/**
 * A user makes brochures on the Brochures screen: a catalogue in Chinese of two chosen products
 * (previewed page by page, saved, read back: the Chinese names exactly, the page count), the
 * products without Chinese text listed before anything is made, and a spec sheet in Vietnamese.
 */
@ExtendWith(ApplicationExtension.class)
class BrochuresScreenTest {
    @TempDir
    Path dir;
    AppWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
            try {
                BrochureFixture.fill(app);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        harness.start(stage, "en");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private void open(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent());
        robot.clickOn("#nav-brochures");
        @SuppressWarnings("unchecked")
        ListView<Object> products = robot.lookup("#brochure-products").queryAs(ListView.class);
        until(() -> products.getItems().size() == 3);
    }

    private static void choose(FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        robot.clickOn(item);
    }

    private BrochureResult awaitPreview(FxRobot robot) {
        ImageView image = robot.lookup("#brochure-preview-image").queryAs(ImageView.class);
        until(() -> harness.window.workbench().brochures().previewProperty().get() != null && image.getImage() != null);
        return harness.window.workbench().brochures().previewProperty().get();
    }

    private Path save(FxRobot robot, String name) {
        Path out = dir.resolve("out").resolve(name);
        // the native file chooser cannot run headless: the path goes where the chooser would put it
        robot.interact(() -> harness.window.workbench().brochures().save(out));
        Label notice = robot.lookup("#brochure-notice").queryAs(Label.class);
        until(() -> notice.getText().startsWith("Saved"));
        return out;
    }

    @Test
    void aUserMakesACatalogueInChineseOfTwoProductsAndSavesIt(FxRobot robot) throws Exception {
        open(robot);
        choose(robot, "#brochure-type", "Catalogue");
        choose(robot, "#brochure-language", "Chinese (zh)");
        robot.clickOn("#brochure-all"); // pick the products instead
        robot.clickOn("#brochure-select-all");
        robot.clickOn("#brochure-product-search").write("pepper");
        robot.clickOn("#brochure-select-none");
        assertThat(robot.lookup("#brochure-chosen-count").queryAs(Label.class).getText()).isEqualTo("2 of 3 chosen");
        choose(robot, "#brochure-layout", "4 per page");
        robot.clickOn("#brochure-generate");

        BrochureResult preview = awaitPreview(robot);
        assertThat(preview.products()).isEqualTo(2);
        Label page = robot.lookup("#brochure-page").queryAs(Label.class);
        assertThat(page.getText()).isEqualTo("Page 1 of " + preview.pages());
        assertThat(robot.lookup("#brochure-missing").query().isVisible()).isFalse(); // both have Chinese names
        robot.clickOn("#brochure-next-page");
        until(() -> page.getText().equals("Page 2 of " + preview.pages()));

        Path out = save(robot, "catalogue-zh.pdf");
        assertThat(robot.lookup("#brochure-notice").queryAs(Label.class).getText())
                .isEqualTo("Saved " + preview.pages() + " pages to " + out.toAbsolutePath());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(preview.pages()).isEqualTo(4); // cover, intro, one grid page, back
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(BrochureFixture.COFFEE_ZH, BrochureFixture.HONEY_ZH).doesNotContain("Black pepper");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh");
        }
        try (var left = Files.list(out.getParent())) {
            assertThat(left).containsExactly(out); // no temporary sibling left
        }
    }

    @Test
    void productsWithoutTextInTheLanguageAreListedBeforeAnythingIsMade(FxRobot robot) {
        open(robot);
        choose(robot, "#brochure-language", "Chinese (zh)");
        robot.clickOn("#brochure-generate");
        Node missing = robot.lookup("#brochure-missing").query();
        until(missing::isVisible);
        assertThat(robot.lookup("#brochure-missing-text").queryAs(Label.class).getText())
                .isEqualTo("1 product has no Chinese text: it will be shown in English, marked.");
        @SuppressWarnings("unchecked")
        ListView<org.tradekit.catalog.Product> list = robot.lookup("#brochure-missing-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(p -> p.sku()).containsExactly(BrochureFixture.BAD);
        assertThat(harness.window.workbench().brochures().previewProperty().get()).isNull(); // nothing made yet

        robot.clickOn("#brochure-go-on");
        BrochureResult preview = awaitPreview(robot);
        assertThat(preview.products()).isEqualTo(3);
        assertThat(missing.isVisible()).isFalse();
        @SuppressWarnings("unchecked")
        ListView<Object> warnings = robot.lookup("#brochure-warnings").queryAs(ListView.class);
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getItems()).extracting(Object::toString)
                .anySatisfy(w -> assertThat(w).startsWith("brochure.warning.photoDamaged[" + BrochureFixture.BAD));
    }

    @Test
    void cancellingTheSaveLeavesNoFile(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#brochure-generate");
        BrochureResult preview = awaitPreview(robot);
        Path out = dir.resolve("out").resolve("catalogue-en.pdf");
        Files.createDirectories(out.getParent());
        Button cancel = robot.lookup("#brochure-cancel").queryAs(Button.class);
        robot.interact(() -> {
            harness.window.workbench().brochures().save(out); // where the file chooser would put it
            assertThat(cancel.isVisible()).isTrue();
            cancel.fire(); // at once: the engine stops at its next check, before anything is written
        });
        Label notice = robot.lookup("#brochure-notice").queryAs(Label.class);
        until(() -> notice.getText().equals("Saving was cancelled: no file was written."));
        assertThat(cancel.isVisible()).isFalse();
        try (var left = Files.list(out.getParent())) {
            assertThat(left).isEmpty(); // neither the file nor its temporary sibling
        }
        assertThat(harness.window.workbench().brochures().previewProperty().get()).isSameAs(preview); // the preview stays
    }

    @Test
    void aUserSavesSpecSheetsInVietnamese(FxRobot robot) throws Exception {
        open(robot);
        choose(robot, "#brochure-type", "Spec sheets (one product a page)");
        choose(robot, "#brochure-language", "Vietnamese (vi)");
        assertThat(robot.lookup("#brochure-layout").query().isDisabled()).isTrue(); // a grid is for catalogues only
        robot.clickOn("#brochure-generate");
        BrochureResult preview = awaitPreview(robot);
        assertThat(preview.pages()).isEqualTo(3);
        Path out = save(robot, "spec-sheets-vi.pdf");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(BrochureFixture.COFFEE_VI, "Mật ong hoa nhãn", "Tiêu đen");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi");
        }
    }
}
