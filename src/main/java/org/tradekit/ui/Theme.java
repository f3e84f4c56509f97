package org.tradekit.ui;

import javafx.application.Application;
import javafx.scene.Scene;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import org.tradekit.settings.DeviceSettings;

/** The look: AtlantaFX Primer, light or dark, plus the app's few own styles. */
final class Theme {
    static final String APP_CSS = Theme.class.getResource("app.css").toExternalForm();

    private Theme() {
    }

    static void apply(String theme) {
        Application.setUserAgentStylesheet(DeviceSettings.DARK.equals(theme)
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    static void style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }
}
