package org.tradekit.lead;

import java.util.List;
import java.util.Locale;

import org.tradekit.store.EntityType;
import org.tradekit.text.Fold;

/** The synced tables of fairs and leads (schema V6, decision 0025). */
public final class LeadEntities {
    public static final EntityType FAIR = new EntityType("fair", "fair",
            List.of("name", "city", "country", "starts", "ends", "booth", "staff"));
    public static final EntityType SETTING = new EntityType("lead_setting", "lead_setting", List.of("name", "value"));
    public static final EntityType LEAD = new EntityType("lead", "lead", List.of("fair_id", "staff", "device_id",
            "captured_at", "name", "company", "job_title", "country", "email", "phone_e164", "phone_raw", "messaging_kind",
            "messaging_handle", "buyer_type", "volume", "target_price", "rating", "notes", "follow_up", "samples", "brochure",
            "status", "raw_card", "card_photo"), List.of(
            new EntityType.Derived("email_key", "email", v -> emailKey((String) v)),
            new EntityType.Derived("name_key", "name", v -> wordsKey((String) v)),
            new EntityType.Derived("company_key", "company", v -> wordsKey((String) v))));
    public static final EntityType PRODUCT = new EntityType("lead_product", "lead_product", List.of("lead_id", "product_id"));
    public static final EntityType CONSENT = new EntityType("lead_consent", "lead_consent",
            List.of("lead_id", "purpose", "text", "text_version", "given_at", "staff"));

    private LeadEntities() {
    }

    /** An email as duplicates compare it: trimmed, lower case; null when absent. */
    static String emailKey(String email) {
        String e = Fold.clean(email);
        return e == null ? null : e.toLowerCase(Locale.ROOT);
    }

    /** A name or company as duplicates compare it: folded words ("Nguyễn  Văn-An" → "nguyen van an"); null when empty. */
    static String wordsKey(String s) {
        String w = Fold.words(s);
        return w.isEmpty() ? null : w;
    }
}
