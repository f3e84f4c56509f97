package org.tradekit.brochure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a brochure is written in, chosen per document and independent of the app's language:
 * the buyers at a fair read Chinese, Korean or Japanese while the cooperative works in Vietnamese.
 */
public enum DocumentLanguage {
    VI("vi"), EN("en"), ZH("zh"), KO("ko"), JA("ja");

    private final String code;

    DocumentLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as in the catalog's translations and the PDF's /Lang. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(code);
    }

    /** Whether the product texts come from the catalog's translations (not from its vi/en columns). */
    public boolean translated() {
        return this != VI && this != EN;
    }

    public static Optional<DocumentLanguage> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
