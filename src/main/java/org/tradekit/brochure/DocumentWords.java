package org.tradekit.brochure;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The fixed words of a brochure (headings, field names, units) in the document's language, from
 * {@code i18n/brochure_<lang>.properties}. No fallback between languages: every bundle has every key
 * (a test checks), so a buyer never meets a stray word of another language.
 */
public final class DocumentWords {
    static final String BUNDLE = "i18n.brochure";
    private final DocumentLanguage language;
    private final ResourceBundle bundle;

    public DocumentWords(DocumentLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NoFallback.INSTANCE);
    }

    public DocumentLanguage language() {
        return language;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("brochure word missing: " + key + " (" + language.code() + ")", e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** Only the exact language's file: never the JVM's default locale's. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public java.util.Locale getFallbackLocale(String baseName, java.util.Locale locale) {
            return null;
        }
    }
}
