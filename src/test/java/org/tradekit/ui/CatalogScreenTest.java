package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.table;
import static org.tradekit.ui.AppWindowHarness.until;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.TestContexts;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductRow;
import org.tradekit.catalog.ProductStatus;
import org.tradekit.gs1.Gtin;

/** The catalog screen used as a person would: typing, searching, saving, archiving, on a real store. */
@ExtendWith(ApplicationExtension.class)
class CatalogScreenTest {
    @TempDir
    Path dir;
    AppWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
            AppWindowHarness.demoCatalog(app, 40);
            app.catalog().save(TestContexts.product("DS-001", "Đặc sản mắm tép", "Shrimp paste specialty"));
        });
        harness.start(stage, "en");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void userCreatesAProductFixingTheGtinOnTheWay(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent() && !table(robot).getItems().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        until(() -> robot.lookup("#field-sku").tryQuery().isPresent());
        robot.clickOn("#field-sku").write("CF-BMT-01");
        robot.clickOn("#field-name_vi").write("Cà phê Robusta Buôn Ma Thuột");
        robot.clickOn("#field-name_en").write("Buon Ma Thuot Robusta coffee");
        robot.clickOn("Trade");
        String body = "952000000777";
        int right = Gtin.checkDigit(body);
        robot.clickOn("#field-gtin").write(body + (right + 1) % 10);
        Label gtinProblem = robot.lookup("#problem-gtin").queryAs(Label.class);
        until(gtinProblem::isVisible);
        assertThat(gtinProblem.getText()).contains("should be " + right);

        robot.eraseText(1).write(String.valueOf(right));
        until(() -> !gtinProblem.isVisible());
        robot.clickOn("#field-price_vnd").write("185000");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        until(() -> table(robot).getItems().stream().anyMatch(r -> "CF-BMT-01".equals(r.sku())));
        Product saved = harness.app().products().find(harness.app().products().idBySku("CF-BMT-01").orElseThrow())
                .orElseThrow();
        assertThat(saved.nameVi()).isEqualTo("Cà phê Robusta Buôn Ma Thuột");
        assertThat(saved.text(ProductField.GTIN)).isEqualTo(body + right);
        assertThat(saved.whole(ProductField.PRICE_VND)).isEqualTo(185_000L);
    }

    @Test
    void searchFindsWithAndWithoutMarksAndJunkShowsNoError(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent() && !table(robot).getItems().isEmpty());
        for (var q : List.of(java.util.Arrays.asList("dac san", "DS-001"), java.util.Arrays.asList("Đặc sản", "DS-001"),
                java.util.Arrays.asList("ca phe", null), java.util.Arrays.asList("Cà phê", null))) {
            robot.clickOn("#catalog-search").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                    .write(q.get(0));
            String query = q.get(0);
            until(() -> !table(robot).getItems().isEmpty() && table(robot).getItems().stream().allMatch(
                    r -> matches(r, query)));
            if (q.get(1) != null) {
                assertThat(table(robot).getItems()).extracting(ProductRow::sku).contains(q.get(1));
            }
        }
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL).write("\"(");
        robot.sleep(600); // past the debounce and the search
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).hasSize(1); // no error dialog
        assertThat(robot.lookup("#catalog-search").queryTextInputControl().getText()).isEqualTo("\"(");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEditorShowsTheCategoryInWordsAndKeepsTheCode(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent() && !table(robot).getItems().isEmpty());
        ProductRow coffee = table(robot).getItems().stream().filter(r -> "coffee".equals(r.category())).findFirst()
                .orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(coffee));
        until(() -> robot.lookup("#field-category").tryQuery().isPresent());
        javafx.scene.control.ComboBox<String> box = robot.lookup("#field-category").queryAs(
                javafx.scene.control.ComboBox.class);
        until(() -> "Coffee".equals(box.getEditor().getText()));
        // beside the editor the list keeps SKU, name and category readable; the browsing columns step aside
        assertThat(table(robot).getColumns().stream().filter(javafx.scene.control.TableColumn::isVisible)
                .map(javafx.scene.control.TableColumn::getText)).containsExactly("SKU", "Name", "Category");

        robot.clickOn(box.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("fish sauce");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        until(() -> "fish_sauce".equals(harness.app().products().find(coffee.id()).orElseThrow()
                .text(ProductField.CATEGORY)));

        robot.clickOn(box.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Hạt điều");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        until(() -> "Hạt điều".equals(harness.app().products().find(coffee.id()).orElseThrow()
                .text(ProductField.CATEGORY)));
        assertThat(box.getEditor().getText()).isEqualTo("Hạt điều");
        robot.clickOn("#editor-close");
        until(() -> table(robot).getColumns().stream().allMatch(javafx.scene.control.TableColumn::isVisible));
    }

    @Test
    void leavingAProductWithUnsavedChangesAsksToSaveThem(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent() && table(robot).getItems().size() == 41);
        ProductRow first = table(robot).getItems().get(0);
        ProductRow second = table(robot).getItems().get(1);
        robot.interact(() -> table(robot).getSelectionModel().select(first));
        until(() -> robot.lookup("#field-name_en").tryQuery().isPresent()
                && first.nameEn().equals(robot.lookup("#field-name_en").queryTextInputControl().getText()));
        robot.clickOn("#field-name_en").press(KeyCode.END).release(KeyCode.END).write(" (gift)");

        robot.interact(() -> table(robot).getSelectionModel().select(second)); // the user clicks another product
        until(() -> robot.lookup("#editor-unsaved").query().isVisible());
        assertThat(robot.lookup("#field-name_en").queryTextInputControl().getText()).endsWith(" (gift)");
        robot.clickOn("#unsaved-save");

        until(() -> (first.nameEn() + " (gift)").equals(harness.app().products().find(first.id()).orElseThrow()
                .nameEn()));
        until(() -> second.nameEn().equals(robot.lookup("#field-name_en").queryTextInputControl().getText()));
        assertThat(robot.lookup("#editor-unsaved").query().isVisible()).isFalse();
    }

    /** A row found for a query: its folded names contain every folded word typed. */
    private static boolean matches(ProductRow r, String query) {
        String names = org.tradekit.text.Fold.key(r.nameVi() + " " + r.nameEn() + " " + r.category());
        return java.util.Arrays.stream(org.tradekit.text.Fold.key(query).split("\\s+")).allMatch(names::contains);
    }

    @Test
    void archiveThenFindUnderArchivedAndRestore(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent() && !table(robot).getItems().isEmpty());
        robot.clickOn("#catalog-search").write("DS-001");
        until(() -> "DS-001".equals(robot.lookup("#catalog-search").queryTextInputControl().getText()));
        until(() -> table(robot).getItems().size() == 1 && "DS-001".equals(table(robot).getItems().get(0).sku()));
        robot.sleep(300); // the list has settled: no search is still on its way
        robot.clickOn(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "DS-001".equals(c.getText()) && c.isVisible()).<javafx.scene.Node>query());
        until(() -> robot.lookup("#editor-archive").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#editor-archive");
        String id = harness.app().products().idBySku("DS-001").orElseThrow();
        until(() -> harness.app().products().find(id).orElseThrow().status() == ProductStatus.ARCHIVED);
        until(() -> table(robot).getItems().stream().noneMatch(r -> r.id().equals(id))); // the list shows active ones

        robot.clickOn("#filter-status");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && "Archived".equals(c.getText()) && c.getScene() != robot.lookup("#catalog-view").query().getScene())
                .<javafx.scene.Node>query());
        until(() -> table(robot).getItems().stream().anyMatch(r -> r.id().equals(id)));
        until(() -> robot.lookup("#editor-restore").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#editor-restore");
        until(() -> harness.app().products().find(id).orElseThrow().status() == ProductStatus.ACTIVE);
    }
}
