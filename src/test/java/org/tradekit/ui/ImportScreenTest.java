package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.table;
import static org.tradekit.ui.AppWindowHarness.until;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.io.RowProblem;
import org.tradekit.coop.CoopProfile;
import org.tradekit.gs1.Gtin;

/** A user importing a file with an error, fixing the file, re-checking and importing, on a real store. */
@ExtendWith(ApplicationExtension.class)
class ImportScreenTest {
    @TempDir
    Path dir;
    AppWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir.resolve("data"), app -> app.coopProfile().save(new CoopProfile(null,
                "HTX Thử", null, null, null, null, null, null, null, null, null, "VND")));
        harness.start(stage, "en");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private Path write(String teaGtin) throws IOException {
        Path f = dir.resolve("san-pham.csv");
        String coffee = "893850400001";
        Files.writeString(f, "sku,name_vi,name_en,gtin\n"
                + "IMP-CF,Cà phê Robusta,Robusta coffee," + coffee + Gtin.checkDigit(coffee) + "\n"
                + "IMP-CH,Chè Thái Nguyên,Thai Nguyen tea," + teaGtin + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    @SuppressWarnings("unchecked")
    void userImportsAFileWithAnErrorFixesItAndImports(FxRobot robot) throws IOException {
        until(() -> robot.lookup("#catalog-import").tryQuery().isPresent());
        String tea = "893850400002";
        int right = Gtin.checkDigit(tea);
        Path file = write(tea + (right + 1) % 10);

        robot.clickOn("#catalog-import");
        until(() -> robot.lookup("#import-view").tryQuery().isPresent());
        // the native file chooser cannot run headless: the path goes where the chooser would put it
        robot.interact(() -> harness.window.workbench().importer().choose(file));

        TableView<RowProblem> problems = robot.lookup("#import-problems").queryAs(TableView.class);
        until(() -> problems.getItems().size() == 1);
        until(() -> robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableView() == problems).queryAll().stream().map(n -> ((javafx.scene.control.Labeled) n)
                        .getText()).toList().containsAll(java.util.List.of("3", "D (gtin)",
                                "Wrong check digit: the last digit should be " + right + ".")));
        RowProblem p = problems.getItems().get(0);
        assertThat(p.row()).isEqualTo(3);
        assertThat(p.columnLetter()).isEqualTo("D");
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).contains("refused 1");
        assertThat(robot.lookup("#import-run").queryAs(Button.class).isDisabled()).isTrue();

        write(tea + right); // the user fixes the cell in Excel and saves
        robot.clickOn("#import-recheck");
        until(() -> problems.getItems().isEmpty() && !robot.lookup("#import-run").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).contains("Would create 2");

        robot.clickOn("#import-run");
        until(() -> !robot.lookup("#import-result").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#import-result").queryAs(Label.class).getText()).contains("Imported 2 rows");
        // the summary is the import's report now, not the dry run from before it
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).contains("Created 2")
                .doesNotContain("Would");
        assertThat(robot.lookup("#import-run").queryAs(Button.class).isDisabled()).isTrue();
        String id = harness.app().products().idBySku("IMP-CH").orElseThrow();
        assertThat(harness.app().products().find(id).orElseThrow().text(ProductField.GTIN)).isEqualTo(tea + right);

        robot.clickOn("#import-close");
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent()
                && table(robot).getItems().stream().filter(r -> r.sku().startsWith("IMP-")).count() == 2);
    }
}
