package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.coop.CoopProfile;

/** A new installation: the first-run wizard saves the profile; Settings switches the language. */
@ExtendWith(ApplicationExtension.class)
class SettingsAndWizardTest {
    @TempDir
    Path dir;
    AppWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
        });
        harness.start(stage, "en");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void firstRunWizardSavesTheProfile(FxRobot robot) {
        until(() -> robot.lookup("#first-run-wizard").tryQuery().isPresent());
        robot.clickOn("#coop-name_vi").write("Hợp tác xã Chè Tân Cương");
        robot.clickOn("#coop-province").write("Thái Nguyên");
        robot.clickOn("#coop-email").write("htx-at-example");
        robot.clickOn("#wizard-next");
        Label email = robot.lookup("#problem-email").queryAs(Label.class);
        until(email::isVisible); // a step is not left with a wrong value
        robot.doubleClickOn("#coop-email").eraseText(20).write("htx@example.vn");
        until(() -> !email.isVisible());
        robot.clickOn("#wizard-next");
        until(() -> robot.lookup("#coop-gs1_prefix").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#coop-gs1_prefix").write("8930001");
        robot.clickOn("#coop-trace_domain").write("https://trace.tancuong.vn");
        Label domain = robot.lookup("#problem-trace_domain").queryAs(Label.class);
        until(domain::isVisible);
        robot.eraseText(30).write("trace.tancuong.vn");
        robot.clickOn("#wizard-finish");

        until(() -> robot.lookup("#first-run-wizard").tryQuery().isEmpty());
        CoopProfile p = harness.app().coopProfile().load().orElseThrow();
        assertThat(p.nameVi()).isEqualTo("Hợp tác xã Chè Tân Cương");
        assertThat(p.province()).isEqualTo("Thái Nguyên");
        assertThat(p.email()).isEqualTo("htx@example.vn");
        assertThat(p.gs1Prefix()).isEqualTo("8930001");
        assertThat(p.traceDomain()).isEqualTo("trace.tancuong.vn");
        assertThat(p.currency()).isEqualTo("VND");
    }

    @Test
    void switchingLanguageChangesWhatIsShownAndIsRemembered(FxRobot robot) throws Exception {
        until(() -> robot.lookup("#first-run-wizard").tryQuery().isPresent());
        robot.clickOn("#wizard-later");
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#nav-catalog").queryAs(Labeled.class).getText()).isEqualTo("Catalog");
        robot.clickOn("#settings-language");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c
                && "Tiếng Việt".equals(c.getText()) && c.getScene() != robot.lookup("#main-window").query().getScene())
                .<Node>query());
        until(() -> "Danh mục".equals(robot.lookup("#nav-catalog").queryAs(Labeled.class).getText()));
        assertThat(robot.lookup("#nav-settings").queryAs(Labeled.class).getText()).isEqualTo("Cài đặt");
        assertThat(robot.lookup("#settings-view").tryQuery()).isPresent(); // still on Settings, rebuilt
        assertThat(robot.lookup("#first-run-wizard").tryQuery()).isEmpty(); // "Later" stays later
        until(() -> Files.exists(harness.settings.file())
                && Files.readString(harness.settings.file()).contains("\"vi\""));
        assertThat(harness.settings.load().language()).isEqualTo("vi");
    }

    @Test
    void aStoryAndColourTypedInSettingsAreStoredWithTheProfile(FxRobot robot) {
        until(() -> robot.lookup("#first-run-wizard").tryQuery().isPresent());
        robot.clickOn("#wizard-later");
        robot.clickOn("#nav-settings");
        robot.clickOn("#coop-name_vi").write("Hợp tác xã Chè Tân Cương");
        for (String field : List.of("#coop-story_vi", "#coop-brand_colour")) { // far down the page: focus, then type
            Node n = robot.lookup(field).query();
            robot.interact(n::requestFocus);
            until(n::isFocused);
            robot.write(field.endsWith("story_vi") ? "Chè xanh hái tay trên đồi Tân Cương." : "#1565c0");
        }
        javafx.scene.control.ColorPicker picker = robot.lookup("#coop-brand_colour-picker").queryAs(
                javafx.scene.control.ColorPicker.class);
        assertThat(picker.getValue()).isEqualTo(javafx.scene.paint.Color.web("#1565C0")); // the picker follows the text
        robot.interact(() -> robot.lookup("#coop-save").queryAs(javafx.scene.control.Button.class).fire());

        until(() -> !harness.app().coopProfile().brand().equals(org.tradekit.coop.CoopBrand.empty()));
        var brand = harness.app().coopProfile().brand();
        assertThat(brand.storyVi()).isEqualTo("Chè xanh hái tay trên đồi Tân Cương.");
        assertThat(brand.storyEn()).isNull();
        assertThat(brand.colour()).isEqualTo("#1565C0");
        assertThat(harness.app().coopProfile().load().orElseThrow().nameVi()).isEqualTo("Hợp tác xã Chè Tân Cương");
    }
}
