package org.tradekit.coop.ui;

import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Messages;

/**
 * The short first-run wizard shown while the cooperative has no profile: step 1 who you are
 * and how to reach you, step 2 trade identity (logo, GS1 prefix, QR domain, currency).
 * "Later" closes it; it comes back at the next start until a profile is saved.
 */
public final class FirstRunWizard extends VBox {
    private static final List<List<String>> STEPS = List.of(CoopProfileForm.CONTACT, CoopProfileForm.TRADE);

    private final IntegerProperty step;

    /**
     * @param step the current step, kept by the caller so a rebuilt wizard (new language) stays on it
     * @param done runs when the profile was saved or the user chose "Later"
     */
    public FirstRunWizard(CoopProfileViewModel vm, Messages m, IntegerProperty step, Runnable done) {
        super(12);
        this.step = step == null ? new SimpleIntegerProperty() : step;
        setId("first-run-wizard");
        setPadding(new Insets(24));
        setMaxWidth(620);
        setMaxHeight(Region.USE_PREF_SIZE);
        getStyleClass().add("wizard-card");

        Label title = new Label(m.get("coop.wizard.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(m.get("coop.wizard.intro"));
        intro.setWrapText(true);
        Label stepLabel = new Label();
        stepLabel.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane body = new StackPane();
        Node[] pages = {CoopProfileForm.build(vm, m, STEPS.get(0)), CoopProfileForm.build(vm, m, STEPS.get(1))};

        Button later = new Button(m.get("coop.wizard.later"));
        later.setId("wizard-later");
        later.getStyleClass().add(Styles.FLAT);
        later.setOnAction(e -> done.run());
        Button back = new Button(m.get("coop.wizard.back"));
        back.setId("wizard-back");
        Button next = new Button(m.get("coop.wizard.next"));
        next.setId("wizard-next");
        next.getStyleClass().add(Styles.ACCENT);
        Button finish = new Button(m.get("coop.wizard.finish"));
        finish.setId("wizard-finish");
        finish.getStyleClass().add(Styles.ACCENT);
        finish.disableProperty().bind(vm.savingProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, later, grow, back, next, finish);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Runnable show = () -> {
            int s = this.step.get();
            body.getChildren().setAll(pages[s]);
            stepLabel.setText(m.get("coop.wizard.step", s + 1, STEPS.size()));
            back.setVisible(s > 0);
            next.setVisible(s < STEPS.size() - 1);
            next.setManaged(next.isVisible());
            finish.setVisible(s == STEPS.size() - 1);
            finish.setManaged(finish.isVisible());
        };
        back.setOnAction(e -> this.step.set(this.step.get() - 1));
        next.setOnAction(e -> {
            if (vm.checkAll(STEPS.get(this.step.get()).stream().filter(f -> !f.equals(CoopProfileForm.LOGO)).toList())) {
                this.step.set(this.step.get() + 1);
            }
        });
        finish.setOnAction(e -> vm.save(p -> done.run()));
        this.step.addListener((o, a, b) -> show.run());
        show.run();
        getChildren().addAll(title, intro, stepLabel, body, buttons);
    }
}
