package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.until;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.trace.TraceFixture;

/** A user prints two lots in one run, two copies of each label: adds each lot with its count, takes one off, saves. */
@ExtendWith(ApplicationExtension.class)
class LabelsRunLotsScreenTest {
    @TempDir
    Path dir;
    AppWindowHarness harness;
    String firstLot;
    String secondLot;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
            TraceFixture f = LabelsScreenTest.teaCoop(app);
            firstLot = app.lots().find(f.harvest(f.mai, f.maiPlot, 12, 0)).orElseThrow().code();
            secondLot = app.lots().find(f.harvest(f.mai, f.maiPlot, 7, 1)).orElseThrow().code();
        });
        harness.start(stage, "en");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private static void type(FxRobot robot, String spinner, String value) {
        robot.doubleClickOn(spinner).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write(value).type(KeyCode.ENTER);
    }

    @Test
    void aUserAddsTwoLotsWithTheirCountsAndTwoCopiesAndSavesOneRunRecordedPerLot(FxRobot robot) throws Exception {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent());
        robot.clickOn("#nav-labels");
        until(() -> robot.lookup("#labels-view").tryQuery().isPresent());
        LabelsScreenTest.pick(robot, firstLot, "L7160", "Avery L7160");
        var vm = harness.window.workbench().labels();

        type(robot, "#labels-count", "3");
        until(() -> vm.countProperty().get() == 3);
        robot.clickOn("#labels-add-lot");
        robot.clickOn(secondLot);
        type(robot, "#labels-count", "2");
        until(() -> vm.countProperty().get() == 2);
        robot.clickOn("#labels-add-lot");
        ListView<?> lots = robot.lookup("#labels-run-lots").queryAs(ListView.class);
        until(() -> lots.getItems().size() == 2);
        assertThat(robot.lookup(firstLot + " × 3 labels").tryQuery()).isPresent();

        type(robot, "#labels-copies", "2");
        until(() -> vm.copiesProperty().get() == 2);
        @SuppressWarnings("unchecked")
        Spinner<Integer> copies = robot.lookup("#labels-copies").queryAs(Spinner.class);
        assertThat(copies.getValue()).isEqualTo(2);
        until(() -> vm.previewProperty().get() != null && vm.previewProperty().get().labels() == 10);

        Path out = dir.resolve("two-lots.pdf");
        robot.interact(() -> vm.save(out));
        Label result = robot.lookup("#labels-result").queryAs(Label.class);
        until(() -> result.getText().startsWith("Saved"));
        assertThat(result.getText()).isEqualTo("Saved 10 labels on 1 page to " + out.toAbsolutePath());
        var app = harness.current();
        var a = app.printRuns().runsOf(app.lots().withCode(firstLot).get(0).id());
        var b = app.printRuns().runsOf(app.lots().withCode(secondLot).get(0).id());
        assertThat(a).singleElement().satisfies(r -> {
            assertThat(r.labels()).isEqualTo(3);
            assertThat(r.copies()).isEqualTo(2);
        });
        assertThat(b).singleElement().satisfies(r -> assertThat(r.labels()).isEqualTo(2));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String words = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(words.split("Lô: " + firstLot, -1)).hasSize(7); // 3 labels x 2 copies
            assertThat(words.split("Lô: " + secondLot, -1)).hasSize(5);
        }

        robot.clickOn("#labels-remove-lot-0");
        until(() -> lots.getItems().size() == 1);
        assertThat(robot.lookup(secondLot + " × 2 labels").tryQuery()).isPresent();
        until(() -> !vm.previewingProperty().get() && vm.previewProperty().get() != null
                && vm.previewProperty().get().labels() == 4); // the run is now the second lot alone
    }
}
