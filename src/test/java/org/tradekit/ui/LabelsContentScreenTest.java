package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.until;

import java.nio.file.Path;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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

import org.tradekit.label.run.LabelPreview;
import org.tradekit.trace.TraceFixture;

/**
 * A user chooses what goes on small roll labels for export: opens "Label content", unticks the
 * cooperative's line, ticks "Selling in the EU", sees the x-height warning under the preview and
 * saves labels without that line; the logo cannot be ticked while the profile has none.
 */
@ExtendWith(ApplicationExtension.class)
class LabelsContentScreenTest {
    @TempDir
    Path dir;
    AppWindowHarness harness;
    String lotCode;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
            TraceFixture f = LabelsScreenTest.teaCoop(app);
            String lot = f.harvest(f.mai, f.maiPlot, 12, 0);
            lotCode = app.lots().find(lot).orElseThrow().code();
        });
        harness.start(stage, "en");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private LabelPreview.Page preview() {
        return harness.window.workbench().labels().previewProperty().get();
    }

    @Test
    void aUserUnticksTheCooperativeTicksTheEuMarketSeesTheWarningAndSavesLabelsWithoutThatLine(FxRobot robot)
            throws Exception {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent());
        robot.clickOn("#nav-labels");
        until(() -> robot.lookup("#labels-view").tryQuery().isPresent());
        LabelsScreenTest.pick(robot, lotCode, "roll 40x30", "Roll 40x30 mm");
        until(() -> preview() != null);
        LabelPreview.Page before = preview();
        Label warnings = robot.lookup("#labels-warnings").queryAs(Label.class);
        assertThat(warnings.getText()).doesNotContain("EU");

        robot.clickOn("Label content");
        CheckBox coop = robot.lookup("#labels-field-coop").queryAs(CheckBox.class);
        assertThat(coop.isSelected()).as("a default field of the trace label").isTrue();
        assertThat(robot.lookup("#labels-field-sku").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#labels-logo").query().isDisabled()).as("the tea cooperative has no logo").isTrue();
        assertThat(robot.lookup("#labels-logo-none").queryAs(Label.class).getText()).contains("no logo");
        robot.clickOn(coop);
        robot.clickOn("#labels-eu");
        until(() -> preview() != null && preview() != before && warnings.isVisible() && warnings.getText().contains("EU"));
        assertThat(warnings.getText()).contains("below the 1.2 mm the EU requires");
        assertThat(harness.window.workbench().labels().fields()).doesNotContain("coop");

        Path out = dir.resolve("eu-labels.pdf");
        robot.interact(() -> harness.window.workbench().labels().save(out)); // where the file chooser would put it
        Label result = robot.lookup("#labels-result").queryAs(Label.class);
        until(() -> result.getText().startsWith("Saved"));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Chè búp tươi", "NSX: ", lotCode).doesNotContain("HTX", "Hà Giang"); // the lot wraps on the small label
        }
    }
}
