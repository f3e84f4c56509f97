package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tradekit.ui.AppWindowHarness.until;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.coop.CoopProfile;
import org.tradekit.label.run.LabelPreview;
import org.tradekit.label.stock.LabelPlacement;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.trace.TraceFixture;

/**
 * A user prints traceability labels of a lot on a partly used sheet: picks the lot and the stock,
 * clicks label 7 on the sheet map, sees the first page rendered from the PDF, saves; a label that
 * cannot fit shows why instead of a preview; a language switch keeps the run and the screen working.
 */
@ExtendWith(ApplicationExtension.class)
class LabelsScreenTest {
    @TempDir
    Path dir;
    AppWindowHarness harness;
    String lotCode;
    String leafId;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
            TraceFixture f = teaCoop(app);
            String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
            lotCode = app.lots().find(lot).orElseThrow().code();
            leafId = f.freshLeaf;
        });
        harness.start(stage, "en");
    }

    /** A tea cooperative with a traceability domain, for the Labels screen's tests to harvest lots in. */
    static TraceFixture teaCoop(org.tradekit.app.AppContext app) {
        app.coopProfile().save(new CoopProfile(null, "HTX Chè Shan Tuyết", "Shan Tuyet Tea Coop", null, "Hà Giang", null,
                null, null, null, null, "truyxuat.htxchesan.vn", "VND"));
        return new TraceFixture(app);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private void open(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent());
        robot.clickOn("#nav-labels");
        until(() -> robot.lookup("#labels-view").tryQuery().isPresent());
    }

    private void pickLotAndStock(FxRobot robot, String stockQuery, String stockName) {
        pick(robot, lotCode, stockQuery, stockName);
    }

    /** Clicks the lot in the list, types the stock's search and clicks the stock (also for the printing test). */
    static void pick(FxRobot robot, String lotCode, String stockQuery, String stockName) {
        until(() -> !robot.lookup("#labels-lots").queryAs(ListView.class).getItems().isEmpty());
        robot.clickOn(lotCode);
        robot.clickOn("#labels-stock-search").write(stockQuery);
        until(() -> robot.lookup("#labels-stocks").queryAs(ListView.class).getItems().stream()
                .anyMatch(s -> ((LabelStock) s).name().equals(stockName)));
        java.util.function.Supplier<java.util.Optional<Node>> cell = () -> robot.lookup(".list-cell") // a fresh lookup each time
                .match(n -> n instanceof ListCell<?> c && c.getItem() instanceof LabelStock s && s.name().equals(stockName))
                .tryQuery();
        until(() -> cell.get().isPresent());
        robot.clickOn(cell.get().orElseThrow());
    }

    /** The preview the screen shows now (the view model's properties change on the FX thread, where until() reads them). */
    private LabelPreview.Page preview() {
        return harness.window.workbench().labels().previewProperty().get();
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> startAt(FxRobot robot) {
        return robot.lookup("#labels-start-at").queryAs(Spinner.class);
    }

    @Test
    void aUserStartsAtLabelSevenSeesThePreviewAndSavesThePdf(FxRobot robot) throws Exception {
        open(robot);
        pickLotAndStock(robot, "L7160", "Avery L7160");
        robot.clickOn("#sheet-label-7");
        assertThat(startAt(robot).getValue()).isEqualTo(7);
        assertThat(robot.lookup("#sheet-label-6").query().getStyleClass()).contains("sheet-label-used");

        ImageView image = robot.lookup("#labels-preview-image").queryAs(ImageView.class);
        until(() -> image.getImage() != null && preview() != null && preview().labels() == 15);
        LabelPreview.Page page = preview();
        LabelStock l7160 = harness.window.workbench().labels().stockProperty().get();
        double pxPerMm = page.dpi() / 25.4;
        assertThat(image.getImage().getWidth()).isCloseTo(l7160.pageWidth().mm() * pxPerMm, within(2.0));
        assertThat(image.getImage().getHeight()).isCloseTo(l7160.pageHeight().mm() * pxPerMm, within(2.0));
        assertThat(ink(page, l7160, l7160.position(7))).isPositive(); // labels 1-6 of the page are left blank
        assertThat(ink(page, l7160, l7160.position(6))).isZero();
        assertThat(robot.lookup("#labels-preview-caption").queryAs(Label.class).getText())
                .isEqualTo("15 labels on this page · 2 pages in the run");

        Path out = dir.resolve("out/tea-labels.pdf");
        // the native file chooser cannot run headless: the path goes where the chooser would put it
        robot.interact(() -> harness.window.workbench().labels().save(out));
        Label result = robot.lookup("#labels-result").queryAs(Label.class);
        until(() -> result.getText().startsWith("Saved"));
        assertThat(result.getText()).isEqualTo("Saved 21 labels on 2 pages to " + out.toAbsolutePath());
        var runs = harness.current().printRuns().runsOf(harness.current().lots().withCode(lotCode).get(0).id());
        assertThat(runs).singleElement().satisfies(r -> { // recorded against the lot, for its traceability history
            assertThat(r.labels()).isEqualTo(21);
            assertThat(r.stock()).isEqualTo("Avery L7160");
            assertThat(r.destination()).isEqualTo("tea-labels.pdf");
        });

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " "); // lines wrap where the column ends
            assertThat(all.split("Lô: " + lotCode, -1)).hasSize(22); // 21 labels, in Vietnamese (the default)
            LabelPlacement first = l7160.placements(7, 21).get(0);
            assertThat(textIn(doc, l7160, first)).contains("Chè búp tươi", lotCode);
            for (int n = 1; n < 7; n++) {
                assertThat(textIn(doc, l7160, l7160.position(n))).as("label %d", n).isBlank();
            }
        }
    }

    @Test
    void aLabelThatCannotFitShowsWhyInPlaceOfThePreviewAndRollsHaveNoSheetMap(FxRobot robot) {
        Product leaf = harness.app().products().find(leafId).orElseThrow(); // app() waits for the seeding
        harness.app().catalog().save(leaf.with(ProductField.NAME_VI, "Chè búp tươi hái tay ".repeat(12).strip()));
        open(robot);
        pickLotAndStock(robot, "roll 50x30", "Roll 50x30 mm");

        Label problem = robot.lookup("#labels-preview-problem").queryAs(Label.class);
        until(() -> problem.isVisible());
        assertThat(problem.getText()).contains("does not fit on \"Roll 50x30 mm\"", "shorten the product name");
        assertThat(robot.lookup("#labels-preview-image").queryAs(ImageView.class).getImage()).isNull();
        assertThat(robot.lookup("#labels-sheet").query().isVisible()).isFalse();
        assertThat(robot.lookup("#labels-roll").queryAs(Label.class).getText()).contains("is a roll");
    }

    @Test
    void switchingTheLanguageKeepsTheRunAndTheScreenWorks(FxRobot robot) throws Exception {
        open(robot);
        pickLotAndStock(robot, "L7160", "Avery L7160");
        robot.clickOn("#sheet-label-7");
        until(() -> preview() != null);

        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-language");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c
                && "Tiếng Việt".equals(c.getText()) && c.getScene() != robot.lookup("#main-window").query().getScene())
                .<Node>query());
        until(() -> "Cài đặt".equals(robot.lookup("#nav-settings").queryAs(Labeled.class).getText()));
        robot.clickOn("#nav-labels");
        until(() -> robot.lookup("#labels-view").tryQuery().isPresent());

        assertThat(startAt(robot).getValue()).isEqualTo(7); // the run survived the rebuild
        assertThat(robot.lookup("#sheet-label-7").query().getStyleClass()).contains("sheet-label-start");
        until(() -> robot.lookup("#labels-preview-image").queryAs(ImageView.class).getImage() != null);
        LabelPreview.Page before = preview();
        robot.clickOn("#sheet-label-3");
        until(() -> preview() != before && preview() != null && preview().labels() == 19);
        assertThat(robot.lookup("#labels-preview-caption").queryAs(Label.class).getText()).startsWith("19 nhãn trên trang này");

        robot.doubleClickOn("#labels-count").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A)
                .release(KeyCode.CONTROL).write("2");
        until(() -> harness.window.workbench().labels().countProperty().get() == 2);
        Path out = dir.resolve("hai-nhan.pdf");
        robot.interact(() -> harness.window.workbench().labels().save(out));
        Label result = robot.lookup("#labels-result").queryAs(Label.class);
        until(() -> result.getText().startsWith("Đã lưu"));
        assertThat(result.getText()).isEqualTo("Đã lưu 2 nhãn trên 1 trang vào " + out.toAbsolutePath());
        assertThat(Files.size(out)).isPositive();
    }

    /** Dark pixels inside a label's rectangle on the rendered preview page. */
    private static int ink(LabelPreview.Page page, LabelStock stock, LabelPlacement at) {
        double px = page.dpi() / 25.4;
        int dark = 0;
        var img = page.image();
        int x0 = (int) Math.ceil(at.x().mm() * px) + 1; // inside the label's edge
        int y0 = (int) Math.ceil(at.y().mm() * px) + 1;
        int x1 = (int) Math.floor((at.x().mm() + stock.shape().width().mm()) * px) - 1;
        int y1 = (int) Math.floor((at.y().mm() + stock.shape().height().mm()) * px) - 1;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((img.getRGB(x, y) & 0xff) < 160) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** The text inside one label's rectangle on the first page. */
    private static String textIn(PDDocument doc, LabelStock stock, LabelPlacement at) throws Exception {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.addRegion("label", new Rectangle2D.Double(at.x().pt(), at.y().pt(), stock.shape().width().pt(),
                stock.shape().height().pt()));
        area.extractRegions(doc.getPage(0));
        return area.getTextForRegion("label");
    }
}
