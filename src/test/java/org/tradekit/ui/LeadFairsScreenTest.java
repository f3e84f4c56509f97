package org.tradekit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradekit.ui.AppWindowHarness.until;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
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
import org.tradekit.lead.Question;
import org.tradekit.lead.QuestionKind;

/**
 * Before the fair: a user sets up a fair (staff, two questions), is told why a one-choice question
 * with a single choice cannot be saved, and then captures a lead at its booth as one of its staff.
 */
@ExtendWith(ApplicationExtension.class)
class LeadFairsScreenTest {
    @TempDir
    Path dir;
    AppWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppWindowHarness(dir, app -> LeadCaptureScreenTest.coop(app));
        harness.start(stage, "en");
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private void type(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.lookup(id).queryAs(TextInputControl.class).clear();
        robot.write(text);
    }

    private static javafx.scene.Node tab(FxRobot robot, String title) {
        return robot.lookup(".tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText(title)).query();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aUserSetsUpAFairWithStaffAndQuestionsThenCapturesAtItsBooth(FxRobot robot) {
        until(() -> robot.lookup("#catalog-table").tryQuery().isPresent());
        robot.clickOn("#nav-leads");
        until(() -> robot.lookup("#lead-fair").tryQuery().isPresent());
        until(() -> text(robot, "#lead-fair").startsWith("No fair chosen"));

        robot.clickOn(tab(robot, "Fairs"));
        type(robot, "#fair-name", "Foodex Japan");
        type(robot, "#fair-city", "Chiba");
        type(robot, "#fair-country", "Japan");
        type(robot, "#fair-starts", "2027-03-09");
        type(robot, "#fair-ends", "2027-03-08");
        type(robot, "#fair-booth", "A-12");
        type(robot, "#fair-staff", "Lan\nMinh");
        robot.clickOn("#fair-add-question");
        robot.clickOn("#fair-q-0-kind");
        robot.clickOn("One choice");
        type(robot, "#fair-q-0-prompt", "Organic certified?");
        type(robot, "#fair-q-0-choices", "Yes");
        robot.clickOn("#fair-add-question");
        type(robot, "#fair-q-1-prompt", "Volume per year");
        robot.clickOn("#fair-save");
        until(() -> text(robot, "#fair-problem").equals("The fair cannot end (2027-03-08) before it starts (2027-03-09)."));
        type(robot, "#fair-ends", "2027-03-12");
        robot.clickOn("#fair-save");
        until(() -> text(robot, "#fair-problem").startsWith("The question “Organic certified?” needs at least two"));
        assertThat(harness.current().fairs().all()).isEmpty(); // one transaction: no fair without its questions
        robot.clickOn("#fair-q-0-choices");
        robot.type(KeyCode.END);
        robot.write("\nNo");
        robot.clickOn("#fair-save");
        until(() -> text(robot, "#fair-notice").equals("Saved: Foodex Japan."));

        Fair fair = harness.current().fairs().current().orElseThrow(); // the first fair is the booth's at once
        assertThat(fair.name()).isEqualTo("Foodex Japan");
        assertThat(fair.country()).isEqualTo("JP");
        assertThat(fair.starts()).isEqualTo(LocalDate.of(2027, 3, 9));
        assertThat(fair.ends()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(fair.staff()).containsExactly("Lan", "Minh");
        List<Question> qs = harness.current().fairQuestions().list(fair.id());
        assertThat(qs).extracting(Question::kind).containsExactly(QuestionKind.SINGLE, QuestionKind.TEXT);
        assertThat(qs.get(0).choices()).containsExactly("Yes", "No");

        robot.clickOn(tab(robot, "Booth"));
        until(() -> text(robot, "#lead-fair").equals("Foodex Japan · booth A-12"));
        until(() -> robot.lookup("#lead-q-1").tryQuery().isPresent());
        until(() -> robot.lookup("#lead-staff").queryComboBox().getItems().size() == 2);
        robot.clickOn("#lead-staff");
        until(() -> robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("Minh"))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("Minh"))
                .<javafx.scene.Node>query());
        robot.clickOn("#lead-name");
        robot.write("Kenji Sato");
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.DIGIT2, KeyCode.TAB);
        robot.write("40 t");
        robot.type(KeyCode.TAB, KeyCode.Y, KeyCode.ENTER);
        until(() -> text(robot, "#lead-status").startsWith("Saved: Kenji Sato"));
        Lead lead = harness.current().leadRepository().filter(LeadFilter.ALL, 5).get(0);
        assertThat(lead.fields().staff()).isEqualTo("Minh");
        assertThat(lead.fields().fairId()).isEqualTo(fair.id());
        assertThat(harness.current().fairQuestions().answers(lead.id()).values()).containsExactlyInAnyOrder("No", "40 t");

        robot.clickOn(tab(robot, "After the fair")); // the lead just captured is on the list after the fair
        until(() -> robot.lookup("#followup-table").tryQuery().map(t -> ((javafx.scene.control.TableView<?>) t).getItems()
                .stream().anyMatch(l -> ((Lead) l).id().equals(lead.id()))).orElse(false));
    }
}
