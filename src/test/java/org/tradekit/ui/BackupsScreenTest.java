package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.table;
import static org.tradekit.ui.AppWindowHarness.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.backup.BackupEntry;
import org.tradekit.backup.BackupKind;

/** A user backs up from Settings, restores that backup after a change, and is refused a file that is not a backup. */
@ExtendWith(ApplicationExtension.class)
class BackupsScreenTest {
    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;
    AppWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
            AppWindowHarness.demoCatalog(app, 40);
        });
        harness.start(stage, "en");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<BackupEntry> backups(FxRobot robot) {
        return robot.lookup("#backups-table").queryAs(TableView.class);
    }

    private static org.testfx.service.query.NodeQuery manualBackupCell(FxRobot robot) {
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableView() == backups(robot) && "Made by hand".equals(c.getText()));
    }

    @Test
    void userBacksUpChangesSomethingAndRestoresTheBackup(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent() && table(robot).getItems().size() == 40);
        robot.clickOn("#nav-settings");
        until(() -> robot.lookup("#backups-section").tryQuery().isPresent());
        robot.clickOn("#backup-now");
        until(() -> backups(robot).getItems().stream().anyMatch(e -> e.kind() == BackupKind.MANUAL));
        assertThat(robot.lookup("#backup-notice").queryAs(Label.class).getText()).contains("40 products");

        AppContext before = harness.current();
        before.catalog().save(TestContexts.product("LATE-1", "Trà sen Tây Hồ", "Lotus tea")); // made after the backup

        // the table shows the new row on a later pulse than its items change
        until(() -> manualBackupCell(robot).tryQuery().isPresent());
        robot.clickOn(manualBackupCell(robot).<Node>query());
        robot.clickOn("#backup-restore-listed");
        until(() -> robot.lookup("#restore-confirmation").query().isVisible());
        assertThat(robot.lookup("#restore-products").queryAs(Label.class).getText()).isEqualTo("40");
        assertThat(robot.lookup("#restore-version").queryAs(Label.class).getText()).contains("Trade Kit");
        assertThat(before.products().idBySku("LATE-1")).isPresent(); // nothing restored before the user confirms

        AtomicBoolean covered = new AtomicBoolean();
        harness.window.workbench().backups().restoringProperty().addListener((o, a, task) -> {
            if (task != null) {
                covered.set(robot.lookup("#restoring").tryQuery().isPresent());
            }
        });
        robot.clickOn("#restore-confirm");

        until(() -> harness.current() != before && robot.lookup("#backup-notice").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Restored")).orElse(false));
        assertThat(covered).as("every screen was covered while the data was replaced").isTrue();
        assertThat(robot.lookup("#restoring").tryQuery()).isEmpty();
        assertThat(harness.current().products().idBySku("LATE-1")).isEmpty();
        until(() -> backups(robot).getItems().stream().anyMatch(e -> e.kind() == BackupKind.PRE_RESTORE));
        assertThat(robot.lookup("#restore-confirmation").query().isVisible()).isFalse();

        robot.clickOn("#nav-catalog"); // the catalog works on the restored data
        until(() -> table(robot).getItems().size() == 40
                && table(robot).getItems().stream().noneMatch(r -> "LATE-1".equals(r.sku())));
    }

    @Test
    void aFileThatIsNotABackupIsRefusedInWords(FxRobot robot) throws Exception {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent() && table(robot).getItems().size() == 40);
        robot.clickOn("#nav-settings");
        until(() -> robot.lookup("#backups-section").tryQuery().isPresent());
        Path bad = Files.writeString(elsewhere.resolve("bang-gia.zip"), "Bảng giá tháng 11, không phải sao lưu");
        // the native file chooser cannot run headless: the path goes where the chooser would put it
        robot.interact(() -> harness.window.workbench().backups().check(bad));

        until(() -> robot.lookup("#backup-notice").queryAs(Label.class).getText().contains("is not a Trade Kit backup"));
        assertThat(robot.lookup("#restore-confirmation").query().isVisible()).isFalse();
        assertThat(harness.current().products().count()).isEqualTo(40);
    }
}
