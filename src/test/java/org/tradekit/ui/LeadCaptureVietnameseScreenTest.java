package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.until;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.tradekit.lead.Fair;
import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadFilter;
import org.tradekit.store.Select;

/** The booth in Vietnamese: the rating keys are the Vietnamese initials, and the consent stored is the text shown. */
@ExtendWith(ApplicationExtension.class)
class LeadCaptureVietnameseScreenTest {
    @TempDir
    Path dir;
    AppWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> {
            LeadCaptureScreenTest.coop(app);
            Fair fair = app.fairs().create(new Fair(null, "Vietnam Foodexpo", "TP. Hồ Chí Minh", "VN", null, null, "B-07",
                    List.of("Hằng")));
            app.fairs().setCurrent(fair.id());
        });
        harness.start(stage, "vi");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void aVietnameseUserCapturesAVisitorWithVietnameseKeys(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent());
        robot.clickOn("#nav-leads");
        until(() -> robot.lookup("#lead-name").tryQuery().map(n -> n.getScene().getFocusOwner() == n).orElse(false));
        until(() -> "Hằng".equals(harness.window.workbench().capture().staffProperty().get()));
        assertThat(robot.lookup("#lead-fair").queryAs(Label.class).getText()).isEqualTo("Vietnam Foodexpo · gian B-07");
        robot.write("Trần Văn Bình");
        robot.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);
        robot.write("việt");
        robot.type(KeyCode.TAB, KeyCode.TAB);
        robot.write("0912 345 678");
        for (int i = 0; i < 5; i++) { // to the rating row (no questions at this fair)
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.N, KeyCode.D, KeyCode.ENTER); // nóng, đồng ý
        until(() -> robot.lookup("#lead-status").queryAs(Label.class).getText()
                .equals("Đã lưu: Trần Văn Bình (khách thứ 1 hôm nay)"));

        Lead lead = harness.current().leadRepository().filter(LeadFilter.ALL, 5).get(0);
        assertThat(lead.fields().rating()).isEqualTo("hot");
        assertThat(lead.fields().country()).isEqualTo("VN");
        assertThat(lead.fields().phoneE164()).isEqualTo("+84912345678");
        String shown = robot.lookup("#lead-consent-text").queryAs(Label.class).getText();
        assertThat(shown).startsWith("Tôi đồng ý");
        assertThat(harness.current().database().<List<String>>read(c -> Select.on(c).list(
                "SELECT text_version || '|' || staff || '|' || text FROM lead_consent WHERE lead_id = ?",
                rs -> rs.getString(1), lead.id()))).containsExactly("vi-2026-11|Hằng|" + shown);
    }
}
