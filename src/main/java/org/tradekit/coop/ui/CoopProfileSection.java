package org.tradekit.coop.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;

import org.tradekit.i18n.Messages;

/** The cooperative profile as a section of Settings: every field and a save button. */
public final class CoopProfileSection extends VBox {
    public CoopProfileSection(CoopProfileViewModel vm, Messages m) {
        super(10);
        setId("coop-profile-section");
        Label title = new Label(m.get("coop.profile.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        List<String> all = new ArrayList<>(CoopProfileForm.CONTACT);
        all.addAll(CoopProfileForm.TRADE);
        all.addAll(CoopProfileForm.BRAND);
        Button save = new Button(m.get("coop.profile.save"), new FontIcon(Feather.SAVE));
        save.setId("coop-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save(p -> {
        }));
        Label saved = new Label(m.get("coop.profile.saved"));
        saved.setId("coop-saved");
        saved.getStyleClass().add(Styles.SUCCESS);
        saved.visibleProperty().bind(vm.savedProperty());
        HBox actions = new HBox(10, save, saved);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(title, CoopProfileForm.build(vm, m, all), actions);
    }
}
