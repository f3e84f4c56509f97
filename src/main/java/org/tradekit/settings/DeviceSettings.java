package org.tradekit.settings;

import java.util.Locale;

/**
 * What this device remembers between runs and does not sync: the UI language ("vi" or "en"),
 * the theme ("light" or "dark") and the main window's size.
 */
public record DeviceSettings(String language, String theme, double windowWidth, double windowHeight) {
    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;

    public DeviceSettings {
        language = "vi".equals(language) ? "vi" : "en";
        theme = DARK.equals(theme) ? DARK : LIGHT;
        windowWidth = windowWidth >= 400 && windowWidth <= 10_000 ? windowWidth : DEFAULT_WIDTH;
        windowHeight = windowHeight >= 300 && windowHeight <= 10_000 ? windowHeight : DEFAULT_HEIGHT;
    }

    /** First run: Vietnamese when the system speaks it, otherwise English. */
    public static DeviceSettings defaults(Locale system) {
        return new DeviceSettings("vi".equals(system.getLanguage()) ? "vi" : "en", LIGHT, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public DeviceSettings withLanguage(String lang) {
        return new DeviceSettings(lang, theme, windowWidth, windowHeight);
    }

    public DeviceSettings withTheme(String t) {
        return new DeviceSettings(language, t, windowWidth, windowHeight);
    }

    public DeviceSettings withWindow(double width, double height) {
        return new DeviceSettings(language, theme, width, height);
    }

    public boolean dark() {
        return DARK.equals(theme);
    }
}
