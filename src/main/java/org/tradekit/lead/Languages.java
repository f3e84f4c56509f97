package org.tradekit.lead;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tradekit.text.Fold;

/** The languages a buyer can be written to in, and the one a country's buyers get when none was chosen. */
public final class Languages {
    /** Vietnamese, English, Chinese, Korean, Japanese: the brochure and follow-up languages. */
    public static final List<String> ALL = List.of("vi", "en", "zh", "ko", "ja");
    private static final Map<String, String> BY_COUNTRY = Map.of("VN", "vi", "CN", "zh", "TW", "zh", "HK", "zh", "MO",
            "zh", "KR", "ko", "JP", "ja");

    private Languages() {
    }

    /** The code in lower case, null when blank; any other language is refused in words. */
    static String check(String lang) {
        String l = Fold.clean(lang);
        if (l == null) {
            return null;
        }
        String code = l.toLowerCase(Locale.ROOT);
        if (!ALL.contains(code)) {
            throw new LeadException("lead.error.lang", l, String.join(", ", ALL));
        }
        return code;
    }

    /** The language to write to a lead in: the one chosen for it, else its country's, else English. */
    public static String of(Lead lead) {
        String chosen = lead.fields().lang();
        if (chosen != null) {
            return chosen;
        }
        String country = lead.fields().country();
        return country == null ? "en" : BY_COUNTRY.getOrDefault(country, "en");
    }
}
