package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.until;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.TestContexts;
import org.tradekit.store.Database;

/** A database written by a newer Trade Kit: the window says so in words instead of crashing. */
@ExtendWith(ApplicationExtension.class)
class StartupErrorTest {
    @TempDir
    Path dir;
    AppWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        TestContexts.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        harness = new AppWindowHarness(dir, app -> {
        });
        harness.start(stage, "vi");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void newerDatabaseShowsAClearMessage(FxRobot robot) {
        until(() -> robot.lookup("#startup-error").tryQuery().isPresent());
        String text = robot.lookup("#startup-error").queryAs(Label.class).getText();
        assertThat(text).contains("phiên bản Trade Kit mới hơn").contains("99");
        assertThat(robot.lookup("#startup-close").tryQuery()).isPresent();
    }
}
