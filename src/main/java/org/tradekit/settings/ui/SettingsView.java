package org.tradekit.settings.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import org.tradekit.backup.ui.BackupsSection;
import org.tradekit.backup.ui.BackupsViewModel;
import org.tradekit.coop.ui.CoopProfileSection;
import org.tradekit.coop.ui.CoopProfileViewModel;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.settings.DeviceSettings;
import org.tradekit.ui.common.Choices;
import org.tradekit.ui.common.FormGrid;

/** Settings: this device's language and theme, the backups, and the cooperative profile. */
public final class SettingsView extends ScrollPane {
    public SettingsView(SettingsViewModel vm, CoopProfileViewModel profile, BackupsViewModel backups, Messages m,
            Formats formats) {
        setId("settings-view");
        setFitToWidth(true);
        Label title = new Label(m.get("ui.settings.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label device = new Label(m.get("ui.settings.device"));
        device.getStyleClass().add(Styles.TITLE_4);

        ComboBox<String> language = choice("settings-language", List.of("vi", "en"),
                v -> m.get("ui.settings.language." + v));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        ComboBox<String> theme = choice("settings-theme", List.of(DeviceSettings.LIGHT, DeviceSettings.DARK),
                v -> m.get("ui.settings.theme." + v));
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        FormGrid g = new FormGrid();
        g.add(m.get("ui.settings.language"), language, null);
        g.add(m.get("ui.settings.theme"), theme, null);

        VBox box = new VBox(14, title, device, g.node(), new Separator(), new BackupsSection(backups, m, formats),
                new Separator(), new CoopProfileSection(profile, m));
        box.setPadding(new Insets(20));
        box.setMaxWidth(760);
        setContent(box);
    }

    private static ComboBox<String> choice(String id, List<String> values,
            java.util.function.Function<String, String> label) {
        return Choices.combo(id, values, v -> v == null ? "" : label.apply(v));
    }
}
