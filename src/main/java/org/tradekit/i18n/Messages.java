package org.tradekit.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user's words for a key, in one locale. Bundles are {@code i18n/messages_vi} and {@code _en} (UTF-8). */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    public static final Locale EN = Locale.forLanguageTag("en-US");

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(String languageTag) {
        return new Messages("vi".equals(languageTag) || languageTag.startsWith("vi-") ? VI : EN);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The words for {@code key} filled with {@code args}; an argument that is a {@link LocalizedException} reads as its message. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing key shows itself, and LocalizationConsistencyTest fails the build
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] filled = args.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof LocalizedException e) { // "the backup failed: <why, in words>"
                filled[i] = e.message(this);
            }
        }
        return new MessageFormat(pattern, locale).format(filled);
    }
}
