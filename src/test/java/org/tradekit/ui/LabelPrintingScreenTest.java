package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.until;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.coop.CoopProfile;
import org.tradekit.print.printer.Calibration;
import org.tradekit.print.printer.CupsPdf;
import org.tradekit.trace.TraceFixture;

/**
 * A user prints a run of labels on a real CUPS queue (cups-pdf, set up by .ci/run) and calibrates
 * the printer for the stock: prints the test grid, types what was measured, saves; a length that is
 * not a number is refused in words. Skipped, saying why, where the queue does not exist.
 */
@ExtendWith(ApplicationExtension.class)
class LabelPrintingScreenTest {
    static final String QUEUE = CupsPdf.QUEUE;

    @TempDir
    Path dir;
    AppWindowHarness harness;
    String lotCode;

    @BeforeAll
    static void queue() throws IOException {
        CupsPdf.assumeQueue(QUEUE);
        try (var old = Files.list(CupsPdf.outDir())) { // earlier jobs of the same names would be taken for this test's
            for (Path p : (Iterable<Path>) old::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith("TEA-LEAF-") || name.startsWith("calibration-grid.pdf")) { // jobs are named after the lot
                    Files.deleteIfExists(p);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // no job printed yet on this machine
        }
    }

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
            app.coopProfile().save(new CoopProfile(null, "HTX Chè Shan Tuyết", null, null, "Hà Giang", null, null, null, null,
                    null, "truyxuat.htxchesan.vn", "VND"));
            TraceFixture f = new TraceFixture(app);
            lotCode = app.lots().find(f.harvest(f.mai, f.maiPlot, 12, 0)).orElseThrow().code();
        });
        harness.start(stage, "en");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private void openWithStock(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent());
        robot.clickOn("#nav-labels");
        LabelsScreenTest.pick(robot, lotCode, "L7160", "Avery L7160");
        @SuppressWarnings("unchecked")
        ComboBox<String> printers = robot.lookup("#labels-printer").queryAs(ComboBox.class);
        until(() -> printers.getItems().contains(QUEUE));
        robot.interact(() -> printers.setValue(QUEUE));
    }

    private void type(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    @Test
    void aUserPrintsARunAndCalibratesThePrinterForTheStock(FxRobot robot) throws Exception {
        openWithStock(robot);
        assertThat(robot.lookup("#labels-calibration-state").queryAs(Label.class).getText()).startsWith("Not calibrated");
        robot.clickOn("#labels-print-button");
        Label printed = robot.lookup("#labels-print-result").queryAs(Label.class);
        until(() -> !printed.getText().isEmpty());
        assertThat(printed.getText()).isEqualTo("Sent 21 labels on 1 page to " + QUEUE + ".");
        var runs = harness.current().printRuns().runsOf(harness.current().lots().withCode(lotCode).get(0).id());
        assertThat(runs).singleElement().satisfies(r -> assertThat(r.destination()).isEqualTo(QUEUE));
        try (PDDocument job = CupsPdf.awaitOutput(lotCode + ".pdf", Duration.ofSeconds(30))) { // what the printer got, named after the lot
            assertThat(job.getNumberOfPages()).isEqualTo(1);
            assertThat(job.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.api.Assertions.within(2f)); // A4
            assertThat(job.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.api.Assertions.within(2f));
        }

        robot.clickOn("#labels-calibrate");
        robot.clickOn("#calibrate-print-grid");
        Label notice = robot.lookup("#calibrate-notice").queryAs(Label.class);
        until(() -> notice.getText().equals("The test grid was sent to " + QUEUE + "."));
        try (PDDocument grid = CupsPdf.awaitOutput("calibration-grid.pdf", Duration.ofSeconds(30))) {
            assertThat(grid.getNumberOfPages()).isEqualTo(1);
        }
        type(robot, "#calibrate-right", "1,5x");
        robot.clickOn("#calibrate-save");
        until(() -> notice.getText().contains("is not a length"));
        assertThat(harness.current().calibrations().all()).isEmpty();

        type(robot, "#calibrate-right", "1,5");
        type(robot, "#calibrate-down", "-0.5");
        robot.clickOn("#calibrate-save");
        until(() -> notice.getText().equals("Calibration of " + QUEUE + " for Avery L7160 saved."));
        Calibration saved = harness.current().calibrations().get(QUEUE, "Avery L7160");
        assertThat(saved.dxMm()).isEqualTo(-1.5); // moves the labels back by what the printer added
        assertThat(saved.dyMm()).isEqualTo(0.5);
        assertThat(robot.lookup("#labels-calibration-state").queryAs(Label.class).getText()).startsWith("Calibrated");
        robot.clickOn("#calibrate-close");
        assertThat(robot.lookup("#calibrate-wizard").query().isVisible()).isFalse();
        assertThat(robot.lookup("#calibrate-right").queryAs(TextField.class).getText()).isEqualTo("1,5");
    }
}
