package org.tradekit.catalog.ui;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.tradekit.catalog.Ocop;
import org.tradekit.catalog.ProductRow;
import org.tradekit.catalog.ProductStatus;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.text.Fold;

/** How catalog values read in the UI language: names with their fallback, categories, stars, prices, status. */
public final class CatalogTexts {
    private static final String CATEGORY = "catalog.category.";
    private final Messages messages;
    private final Formats formats;
    private final String lang;

    public CatalogTexts(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.lang = messages.locale().getLanguage();
    }

    /** The name in the UI language, else the other one (then {@link #missingTranslation} is true). */
    public String name(ProductRow r) {
        String own = "vi".equals(lang) ? r.nameVi() : r.nameEn();
        String other = "vi".equals(lang) ? r.nameEn() : r.nameVi();
        return own != null ? own : other == null ? "" : other;
    }

    public boolean missingTranslation(ProductRow r) {
        return ("vi".equals(lang) ? r.nameVi() : r.nameEn()) == null;
    }

    /** Known category codes (tea, coffee, ...) in words; anything else as the user wrote it. */
    public String category(String code) {
        if (code == null) {
            return "";
        }
        String key = CATEGORY + code;
        return messages.has(key) ? messages.get(key) : code;
    }

    /** The category codes the bundles have words for (tea, coffee, ...), in the order of their words. */
    public List<String> knownCategories() {
        return messages.bundle().keySet().stream().filter(k -> k.startsWith(CATEGORY))
                .map(k -> k.substring(CATEGORY.length())).sorted(Comparator.comparing(this::category, collator()))
                .toList();
    }

    /**
     * The code of what the user typed in the category field: the code of the known category whose
     * words (or code) it is, ignoring case and marks ("ca phe" is coffee), else the text as typed.
     */
    public String categoryCode(String typed) {
        String text = typed == null ? "" : typed.strip();
        String key = Fold.key(text);
        if (key.isEmpty()) {
            return text;
        }
        for (String code : knownCategories()) {
            if (key.equals(Fold.key(category(code))) || key.equals(Fold.key(code))) {
                return code;
            }
        }
        return text;
    }

    /** Sorts words as the UI language does (Vietnamese letters in their order). */
    public Collator collator() {
        return Collator.getInstance(messages.locale());
    }

    public String stars(Integer stars) {
        return stars == null ? "" : "★".repeat(stars);
    }

    /** The OCOP flag beside the stars: empty while valid. */
    public String ocopFlag(ProductRow r, LocalDate today) {
        Ocop.State s = r.ocopState(today);
        return switch (s) {
            case EXPIRED -> messages.get("ui.catalog.ocop.expired");
            case EXPIRING -> messages.get("ui.catalog.ocop.expiring", formats.date(r.ocopExpiry()));
            default -> "";
        };
    }

    public String price(Long vnd) {
        return vnd == null ? "" : formats.vnd(vnd);
    }

    public String status(ProductStatus s) {
        return messages.get(s == ProductStatus.ARCHIVED ? "ui.catalog.status.archived" : "ui.catalog.status.active");
    }

    public Messages messages() {
        return messages;
    }

    public Formats formats() {
        return formats;
    }
}
