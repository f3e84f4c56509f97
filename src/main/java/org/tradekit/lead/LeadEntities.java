package org.tradekit.lead;

import java.util.List;
import java.util.Locale;

import org.tradekit.store.EntityType;
import org.tradekit.text.Fold;

/** The synced tables of fairs and leads (schema V6 and V7, decisions 0025 and 0026). */
public final class LeadEntities {
    public static final EntityType FAIR = new EntityType("fair", "fair",
            List.of("name", "city", "country", "starts", "ends", "booth", "staff"));
    public static final EntityType SETTING = new EntityType("lead_setting", "lead_setting", List.of("name", "value"));
    public static final EntityType LEAD = new EntityType("lead", "lead", List.of("fair_id", "staff", "device_id",
            "captured_at", "name", "company", "job_title", "country", "email", "phone_e164", "phone_raw", "messaging_kind",
            "messaging_handle", "buyer_type", "volume", "target_price", "rating", "notes", "follow_up", "samples", "brochure",
            "status", "raw_card", "card_photo", "lang"), List.of(
            new EntityType.Derived("email_key", "email", v -> emailKey((String) v)),
            new EntityType.Derived("name_key", "name", v -> wordsKey((String) v)),
            new EntityType.Derived("company_key", "company", v -> wordsKey((String) v))));
    public static final EntityType PRODUCT = new EntityType("lead_product", "lead_product", List.of("lead_id", "product_id"));
    public static final EntityType CONSENT = new EntityType("lead_consent", "lead_consent",
            List.of("lead_id", "purpose", "text", "text_version", "given_at", "staff"));
    /** V7: a fair's qualifying questions, a lead's answers, and the duplicates merged into a lead. */
    public static final EntityType QUESTION = new EntityType("fair_question", "fair_question",
            List.of("fair_id", "position", "kind", "prompt", "choices"));
    public static final EntityType ANSWER = new EntityType("lead_answer", "lead_answer",
            List.of("lead_id", "question_id", "value"));
    public static final EntityType MERGE = new EntityType("lead_merge", "lead_merge", List.of("lead_id", "merged_id",
            "fair_id", "staff", "device_id", "captured_at", "notes", "raw_card", "merged_at"));

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
