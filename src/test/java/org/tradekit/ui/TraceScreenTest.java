package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.until;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.TestContexts;
import org.tradekit.label.record.PrintRunDraft;
import org.tradekit.label.record.SerialRange;
import org.tradekit.catalog.ProductField;
import org.tradekit.coop.CoopProfile;
import org.tradekit.gs1.Gtin;
import org.tradekit.trace.lot.LotRow;
import org.tradekit.trace.recall.Recipient;

/**
 * A user on a fresh install adds a member, records a harvest, a drying step and a shipment, then
 * runs a recall and sees the buyer; is refused a step that takes more than a lot holds; opens a
 * lot by pasting its Digital Link, and is told why a link with a wrong check digit does not open.
 */
@ExtendWith(ApplicationExtension.class)
class TraceScreenTest {
    static final String GTIN = Gtin.withCheckDigit("893850000001").digits();

    @TempDir
    Path dir;
    AppWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
            app.catalog().save(TestContexts.product("CHE-TUOI", "Chè tươi Tân Cương", "Fresh tea leaves"));
            app.catalog().save(TestContexts.product("CHE-KHO", "Chè búp khô", "Dried tea buds").with(ProductField.GTIN, GTIN));
            app.coopProfile().save(new CoopProfile(null, "HTX Chè Tân Cương", null, null, null, null, null, null, null, null,
                    "trace.htx-tancuong.vn", "VND"));
        });
        harness.start(stage, "en");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private void open(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent());
        robot.clickOn("#nav-trace");
        until(() -> robot.lookup("#trace-view").tryQuery().isPresent());
    }

    private void addMember(FxRobot robot) {
        robot.clickOn("#trace-people");
        robot.clickOn("#people-name").write("Hằng Nguyễn");
        robot.clickOn("#people-commune").write("Tân Cương");
        robot.clickOn("#people-plot").write("Đồi 3");
        robot.clickOn("#people-save-member");
        until(() -> robot.lookup("#people-members").queryAs(ListView.class).getItems().size() == 1);
    }

    private void record(FxRobot robot, String menuText) {
        robot.clickOn("#trace-record");
        robot.clickOn(menuText);
        until(() -> robot.lookup("#trace-form").tryQuery().map(n -> n.isVisible()).orElse(false));
    }

    private void type(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(f);
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private LotRow selected() {
        return harness.window.workbench().trace().lots().selectedProperty().get();
    }

    private String notice(FxRobot robot) {
        return robot.lookup("#form-notice").queryAs(Label.class).getText();
    }

    private LotRow harvest(FxRobot robot, String qty) {
        addMember(robot);
        record(robot, "Harvest from a member");
        robot.clickOn("#form-member");
        robot.clickOn("Hằng Nguyễn · Tân Cương");
        type(robot, "#output-0-sku", "CHE-TUOI");
        until(() -> robot.lookup("#output-0-code").queryAs(TextField.class).getText().equals("CHE-TUOI-261123-1"));
        type(robot, "#output-0-quantity", qty);
        robot.clickOn("#form-save");
        until(() -> notice(robot).startsWith("Recorded"));
        until(() -> selected() != null);
        return selected();
    }

    @Test
    void userRecordsHarvestDryingAndShipmentThenRecallShowsTheBuyer(FxRobot robot) {
        open(robot);
        LotRow fresh = harvest(robot, "100");
        assertThat(fresh.code()).isEqualTo("CHE-TUOI-261123-1");
        assertThat(robot.lookup("#trace-lot-stock").queryAs(Label.class).getText()).isEqualTo("100 kg left");

        record(robot, "Processing step");
        type(robot, "#input-0-code", fresh.code());
        until(() -> robot.lookup("#input-0-stock").queryAs(Label.class).getText().contains("100 kg left"));
        type(robot, "#input-0-quantity", "100");
        type(robot, "#output-0-sku", "CHE-KHO");
        type(robot, "#output-0-quantity", "22.5");
        until(() -> robot.lookup("#form-yield").queryAs(Label.class).getText().equals("Yield: 22.5 %"));
        robot.clickOn("#form-save");
        until(() -> notice(robot).startsWith("Recorded: Processing"));
        until(() -> selected() != null && selected().code().startsWith("CHE-KHO"));
        LotRow dried = selected();

        record(robot, "Shipment to a buyer or fair");
        type(robot, "#input-0-code", dried.code());
        type(robot, "#input-0-quantity", "20");
        type(robot, "#form-party", "Công ty Trà Đức Việt");
        type(robot, "#form-invoice", "HD-42");
        robot.clickOn("#form-save");
        until(() -> notice(robot).startsWith("Recorded: Shipping"));

        type(robot, "#trace-scan", fresh.code());
        robot.type(KeyCode.ENTER);
        until(() -> selected() != null && selected().id().equals(fresh.id()));
        robot.clickOn("#trace-show-lineage");
        until(() -> robot.lookup("#lineage-tree").queryAs(TreeView.class).getRoot() != null);
        robot.clickOn("#trace-recall");
        @SuppressWarnings("unchecked")
        TableView<Recipient> recipients = robot.lookup("#recall-recipients").queryAs(TableView.class);
        until(() -> recipients.getItems().size() == 1);
        assertThat(recipients.getItems().get(0).name()).isEqualTo("Công ty Trà Đức Việt");
        assertThat(robot.lookup("Công ty Trà Đức Việt").tryQuery()).isPresent(); // on screen, not only in the list
    }

    @Test
    void aStepTakingMoreThanTheLotHoldsIsRefusedAndNothingIsRecorded(FxRobot robot) {
        open(robot);
        LotRow fresh = harvest(robot, "100");
        long events = harness.current().events().count();
        record(robot, "Processing step");
        type(robot, "#input-0-code", fresh.code());
        type(robot, "#input-0-quantity", "150");
        type(robot, "#output-0-sku", "CHE-KHO");
        type(robot, "#output-0-quantity", "30");
        until(() -> robot.lookup("#output-0-product").queryAs(Label.class).getText().equals("Dried tea buds"));
        robot.clickOn("#form-save");

        until(() -> notice(robot).contains("has only 100 kg left"));
        assertThat(notice(robot)).contains("Nothing was recorded");
        assertThat(harness.current().events().count()).isEqualTo(events);
        assertThat(harness.current().lots().stock(fresh.id())).isEqualByComparingTo("100");
    }

    @Test
    void aPastedDigitalLinkOpensItsLotAndAWrongCheckDigitIsExplained(FxRobot robot) {
        open(robot);
        LotRow fresh = harvest(robot, "100");
        record(robot, "Processing step");
        type(robot, "#input-0-code", fresh.code());
        type(robot, "#input-0-quantity", "40");
        type(robot, "#output-0-sku", "CHE-KHO");
        type(robot, "#output-0-quantity", "9");
        type(robot, "#output-0-code", "TN-2611");
        robot.clickOn("#form-save");
        until(() -> notice(robot).startsWith("Recorded"));
        robot.interact(() -> harness.window.workbench().trace().lots().selectedProperty().set(null));
        String dried = harness.current().lots().withCode("TN-2611").get(0).id(); // its labels, printed from the Labels screen
        SerialRange serials = harness.current().printRuns().reserve(dried, 12);
        harness.current().printRuns().record(new PrintRunDraft(dried, "trace", "Avery L7160", 12, 1, serials, "en", "tn.pdf"));

        type(robot, "#trace-scan", "https://trace.htx-tancuong.vn/01/0" + GTIN + "/10/TN-2611");
        robot.type(KeyCode.ENTER);
        until(() -> robot.lookup("#trace-lot-code").tryQuery().map(n -> ((Label) n).getText().equals("TN-2611"))
                .orElse(false));
        assertThat(robot.lookup("#trace-scan-problem").query().isVisible()).isFalse();
        robot.clickOn("#trace-show-lineage");
        TableView<?> timeline = robot.lookup("#trace-timeline").queryAs(TableView.class);
        until(() -> timeline.getItems().size() == 2); // the step that made the lot, then its labels
        assertThat(timeline.getColumns().get(1).getCellData(1)).isEqualTo("Print run");
        assertThat(robot.lookup("Print run").tryQuery()).isPresent(); // on screen, not only in the list
        assertThat(timeline.getColumns().get(2).getCellData(1)).isEqualTo("12 labels");
        assertThat((String) timeline.getColumns().get(3).getCellData(1)).isEqualTo("serials " + serials
                + " · layout trace on Avery L7160 · to tn.pdf · by " + System.getProperty("user.name") + " on device "
                + harness.current().database().deviceId().split("-")[0]);

        String wrong = GTIN.substring(0, 12) + ((GTIN.charAt(12) - '0' + 1) % 10);
        type(robot, "#trace-scan", "https://trace.htx-tancuong.vn/01/0" + wrong + "/10/TN-2611");
        robot.type(KeyCode.ENTER);
        until(() -> robot.lookup("#trace-scan-problem").query().isVisible());
        assertThat(robot.lookup("#trace-scan-problem").queryAs(Label.class).getText()).containsIgnoringCase("check digit");
        assertThat(robot.lookup("#trace-lot-code").queryAs(Label.class).getText()).isEqualTo("TN-2611");
    }
}
