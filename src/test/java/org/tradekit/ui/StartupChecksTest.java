package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.table;
import static org.tradekit.ui.AppWindowHarness.until;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.store.Database;
import org.tradekit.ui.task.RunningTask;

/**
 * What the window checks after it shows: the data file, in the background once the catalog shows (a
 * damaged file gets a warning that says to restore a backup, a sound one nothing), and today's
 * automatic backup (a failure is a warning, not a stop).
 */
@ExtendWith(ApplicationExtension.class)
class StartupChecksTest {
    @TempDir
    Path dir;
    AppWindowHarness harness;
    final List<String> tasksSeen = new CopyOnWriteArrayList<>();
    final boolean damaged;
    final boolean noBackupFolder;

    StartupChecksTest(TestInfo test) {
        damaged = test.getTestMethod().orElseThrow().getName().startsWith("aDamaged");
        noBackupFolder = test.getTestMethod().orElseThrow().getName().startsWith("whenToday");
    }

    @Start
    void start(Stage stage) throws Exception {
        try (AppContext app = TestContexts.open(dir)) { // a catalog used before, closed cleanly
            AppWindowHarness.demoCatalog(app, 40);
        }
        if (damaged) {
            damageIndex(dir.resolve(Database.FILE_NAME), "product_gtin");
        }
        if (noBackupFolder) { // a file where the backups folder should be: no backup can be written
            java.nio.file.Files.writeString(dir.resolve(org.tradekit.backup.Backups.DIR), "not a folder");
        }
        harness = new AppWindowHarness(dir, app -> {
        });
        harness.start(stage, "en");
        harness.window.tasks().running().addListener((ListChangeListener<RunningTask>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(t -> tasksSeen.add(t.titleKey()));
            }
        });
    }

    /** Writes garbage over the first page of an index the catalog list does not read: the file opens, its check fails. */
    private static void damageIndex(Path file, String index) throws Exception {
        long page;
        long size;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = '" + index + "'")) {
                rs.next();
                page = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                rs.next();
                size = rs.getLong(1);
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek((page - 1) * size);
            f.write(new byte[] {(byte) 0x0D, (byte) 0xFF, (byte) 0xFF, (byte) 0x7F, (byte) 0xFF, (byte) 0xFF});
        }
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void aDamagedFileGetsAWarningThatLeadsToTheBackups(FxRobot robot) {
        until(() -> robot.lookup("#warning-integrity").tryQuery().isPresent());
        assertThat(tasksSeen).contains("ui.task.integrity");
        assertThat(robot.lookup("#catalog-table").tryQuery()).isPresent(); // the work goes on
        String text = robot.lookup("#warning-integrity-text").queryAs(Label.class).getText();
        assertThat(text).contains(dir.resolve(Database.FILE_NAME).toString()).contains("Settings → Backups");

        robot.clickOn("#warning-integrity-action");
        until(() -> robot.lookup("#settings-view").tryQuery().isPresent());
        assertThat(robot.lookup("#warning-integrity").tryQuery()).isPresent(); // still there on every screen

        robot.clickOn("#warning-integrity-close");
        until(() -> robot.lookup("#warning-integrity").tryQuery().isEmpty());
    }

    @Test
    void aSoundFileIsCheckedAfterTheCatalogShowsAndSaysNothing(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent() && table(robot).getItems().size() == 40);
        until(() -> tasksSeen.contains("ui.task.integrity") && harness.window.tasks().running().isEmpty());
        robot.sleep(200);
        assertThat(robot.lookup("#warning-integrity").tryQuery()).isEmpty();
    }

    @Test
    void whenTodaysBackupFailsTheUserIsToldAndWorksOn(FxRobot robot) {
        until(() -> robot.lookup("#warning-backup").tryQuery().isPresent());
        assertThat(robot.lookup("#warning-backup-text").queryAs(Label.class).getText())
                .startsWith("Today's automatic backup could not be made");
        until(() -> table(robot).getItems().size() == 40);
    }
}
