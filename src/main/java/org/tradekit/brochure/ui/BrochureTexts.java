package org.tradekit.brochure.ui;

import org.tradekit.brochure.BrochureType;
import org.tradekit.brochure.DocumentLanguage;
import org.tradekit.brochure.GridLayout;
import org.tradekit.brochure.Theme;
import org.tradekit.i18n.Messages;

/** The screen's words for the engine's choices, in the user's language (each key written out, so a check finds it). */
final class BrochureTexts {
    private final Messages m;

    BrochureTexts(Messages m) {
        this.m = m;
    }

    String type(BrochureType t) {
        return m.get(switch (t) {
            case CATALOGUE -> "brochure.ui.type.catalogue";
            case SPEC -> "brochure.ui.type.spec";
            case PRICELIST -> "brochure.ui.type.pricelist";
        });
    }

    /** "Chinese (zh)": the choice in a list. */
    String language(DocumentLanguage l) {
        return m.get(switch (l) {
            case VI -> "brochure.ui.lang.vi";
            case EN -> "brochure.ui.lang.en";
            case ZH -> "brochure.ui.lang.zh";
            case KO -> "brochure.ui.lang.ko";
            case JA -> "brochure.ui.lang.ja";
        }) + " (" + l.code() + ")";
    }

    /** "Chinese" inside a sentence (lower case in Vietnamese: "tiếng Trung"). */
    String languageInText(DocumentLanguage l) {
        return m.get(switch (l) {
            case VI -> "brochure.ui.langName.vi";
            case EN -> "brochure.ui.langName.en";
            case ZH -> "brochure.ui.langName.zh";
            case KO -> "brochure.ui.langName.ko";
            case JA -> "brochure.ui.langName.ja";
        });
    }

    String layout(GridLayout g) {
        return m.get(switch (g) {
            case GRID1 -> "brochure.ui.layout.grid1";
            case GRID2 -> "brochure.ui.layout.grid2";
            case GRID4 -> "brochure.ui.layout.grid4";
        });
    }

    String theme(Theme t) {
        return switch (t.name()) {
            case "forest" -> m.get("brochure.ui.theme.forest");
            case "river" -> m.get("brochure.ui.theme.river");
            case "clay" -> m.get("brochure.ui.theme.clay");
            default -> t.name();
        };
    }
}
