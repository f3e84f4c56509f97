package org.tradekit.trace.site;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed words of the consumer pages in one language, from their own document bundle
 * ({@code i18n/site_vi.properties}, {@code site_en.properties}): a page's language is the reader's,
 * not the language the app's window happens to show.
 */
final class SiteTexts {
    static final String BUNDLE = "i18n.site";

    private final String lang;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    SiteTexts(String lang) {
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("site.datePattern"), locale);
    }

    String lang() {
        return lang;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text of a key made from a code (an event kind, a step), or the code itself when the bundle has none. */
    String orCode(String key, String code) {
        return bundle.containsKey(key) ? bundle.getString(key) : code;
    }

    String date(LocalDate d) {
        return d == null ? "" : dates.format(d);
    }
}
