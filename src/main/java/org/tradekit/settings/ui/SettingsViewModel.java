package org.tradekit.settings.ui;

import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.tradekit.settings.DeviceSettings;

/**
 * This device's settings as Settings edits them. Each change is handed to {@code apply} at once
 * (the shell re-themes or rebuilds its views in the new language, and saves the file).
 */
public final class SettingsViewModel {
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<String> theme = new SimpleObjectProperty<>(this, "theme");
    private DeviceSettings current;

    public SettingsViewModel(DeviceSettings initial, Consumer<DeviceSettings> apply) {
        this.current = initial;
        language.set(initial.language());
        theme.set(initial.theme());
        language.addListener((o, a, b) -> {
            if (b != null && !b.equals(current.language())) {
                current = current.withLanguage(b);
                apply.accept(current);
            }
        });
        theme.addListener((o, a, b) -> {
            if (b != null && !b.equals(current.theme())) {
                current = current.withTheme(b);
                apply.accept(current);
            }
        });
    }

    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public ObjectProperty<String> themeProperty() {
        return theme;
    }

    public DeviceSettings current() {
        return current;
    }

    /** The window size to remember; not applied, only kept for the next start. */
    public DeviceSettings withWindow(double width, double height) {
        current = current.withWindow(width, height);
        return current;
    }
}
