package org.tradekit.lead;

import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.tradekit.coop.CoopProfile;
import org.tradekit.coop.CoopProfileService;
import org.tradekit.store.Database;
import org.tradekit.store.Select;

/**
 * Writes follow-up drafts in the buyer's language ({@link Languages#of}) from the templates
 * {@code i18n/followup_<lang>.properties}: the cooperative's name, the lead's, the fair's name and
 * dates, the products of interest by their names in that language where the catalog has them,
 * and a line for samples and one for the brochure when they were asked for.
 */
public final class FollowUpDrafts {
    private static final String BUNDLE = "i18n.followup";

    private final Database db;
    private final CoopProfileService coop;

    public FollowUpDrafts(Database db, CoopProfileService coop) {
        this.db = db;
        this.coop = coop;
    }

    /** The draft to one live lead; refused in words when it is not there. */
    public FollowUpDraft draft(String leadId) {
        return drafts(List.of(leadId)).get(0);
    }

    /** Drafts to these leads, in their order (one profile read, one query per lead for its fair and products). */
    public List<FollowUpDraft> drafts(List<String> leadIds) {
        CoopProfile profile = coop.load().orElse(CoopProfile.empty());
        return db.read(c -> {
            Select s = Select.on(c);
            List<FollowUpDraft> out = new ArrayList<>();
            for (String id : leadIds) {
                List<Lead> found = LeadRepository.withProducts(s, s.list("SELECT " + LeadRepository.COLUMNS
                        + " FROM lead l WHERE l.id = ? AND l._cl % 2 = 1", LeadRepository::lead, id));
                if (found.isEmpty()) {
                    throw new LeadException("lead.error.noLead", id == null ? "" : id);
                }
                Lead lead = found.get(0);
                Fair fair = lead.fields().fairId() == null ? null : FairService.find(s, lead.fields().fairId()).orElse(null);
                String chosen = Languages.of(lead);
                String lang = Languages.ALL.contains(chosen) ? chosen : "en"; // a code from another device's import
                out.add(write(lead, lang, fair, productNames(s, lead.fields().products(), lang), profile));
            }
            return out;
        });
    }

    private static FollowUpDraft write(Lead lead, String lang, Fair fair, List<String> products, CoopProfile profile) {
        ResourceBundle t = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Locale locale = Locale.forLanguageTag(lang);
        LeadDraft f = lead.fields();
        String coopName = coopName(profile, lang);
        String coopShown = coopName != null ? coopName : t.getString("coop.fallback");
        String fairName = fair == null ? "" : fair.name();
        String subject = format(t, "subject", locale, coopShown, fairName);
        List<String> lines = new ArrayList<>();
        lines.add(f.name() != null ? format(t, "greeting.named", locale, f.name()) : t.getString("greeting.anonymous"));
        lines.add("");
        String dates = dates(t, fair);
        lines.add(dates == null ? format(t, "visit.undated", locale, coopShown, fairName)
                : format(t, "visit", locale, coopShown, fairName, dates));
        if (!products.isEmpty()) {
            lines.add(format(t, "products", locale, String.join(t.getString("list.separator"), products)));
        }
        if (f.samples()) {
            lines.add(t.getString("samples"));
        }
        if (f.brochure()) {
            lines.add(t.getString("brochure"));
        }
        lines.add("");
        lines.add(t.getString("closing"));
        lines.add("");
        lines.add(t.getString("regards"));
        for (String sig : new String[] {coopName, profile.phone(), profile.email(), profile.website()}) {
            if (sig != null) {
                lines.add(sig);
            }
        }
        return new FollowUpDraft(lead.id(), lang, f.name(), f.email(), coopName, profile.email(), subject,
                String.join("\n", lines) + "\n");
    }

    /** The fair's dates as the buyer writes them: one day, or first – last; null when the fair has no start. */
    private static String dates(ResourceBundle t, Fair fair) {
        if (fair == null || fair.starts() == null) {
            return null;
        }
        DateTimeFormatter d = DateTimeFormatter.ofPattern(t.getString("date.pattern"), t.getLocale());
        LocalDate ends = fair.ends();
        return ends == null || ends.equals(fair.starts()) ? d.format(fair.starts())
                : format(t, "dates", t.getLocale(), d.format(fair.starts()), d.format(ends));
    }

    private static String coopName(CoopProfile p, String lang) {
        if ("vi".equals(lang)) {
            return p.nameVi() != null ? p.nameVi() : p.nameEn();
        }
        return p.nameEn() != null ? p.nameEn() : p.nameVi();
    }

    /** Product names in the buyer's language: the catalog's translation, else the Vietnamese or English name. */
    private static List<String> productNames(Select s, List<String> ids, String lang) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        String own = "vi".equals(lang) ? "coalesce(name_vi, name_en, sku)" : "coalesce(name_en, name_vi, sku)";
        s.listIn("SELECT id, " + own + " FROM product WHERE id IN " + Select.IN_LIST, ids,
                rs -> names.put(rs.getString(1), rs.getString(2)));
        if (!"vi".equals(lang) && !"en".equals(lang)) {
            s.listIn("SELECT product_id, name FROM product_translation WHERE _cl % 2 = 1 AND name IS NOT NULL AND lang = '"
                    + lang + "' AND product_id IN " + Select.IN_LIST, ids, rs -> names.put(rs.getString(1),
                            rs.getString(2)));
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            String n = names.get(id);
            if (n != null && !n.isBlank()) {
                out.add(n);
            }
        }
        return out;
    }

    private static String format(ResourceBundle t, String key, Locale locale, Object... args) {
        return new MessageFormat(t.getString(key), locale).format(args);
    }
}
