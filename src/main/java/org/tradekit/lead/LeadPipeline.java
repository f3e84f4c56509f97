package org.tradekit.lead;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tradekit.store.Database;
import org.tradekit.store.Select;

/**
 * The follow-up pipeline after the fair: a lead's status (new, contacted, samples sent,
 * negotiating, won, lost), its follow-up date and the language it is written to in. Each change is
 * one transaction that logs only the field that changed.
 */
public final class LeadPipeline {
    private final Database db;

    public LeadPipeline(Database db) {
        this.db = db;
    }

    public void setStatus(String leadId, LeadStatus status) {
        set(leadId, "status", Codes.code(status));
    }

    /** The day to contact the lead again; null clears it. */
    public void setFollowUp(String leadId, LocalDate date) {
        set(leadId, "follow_up", date == null ? null : date.toString());
    }

    /** vi, en, zh, ko or ja (any case); blank: chosen from the country again. */
    public void setLang(String leadId, String lang) {
        set(leadId, "lang", Languages.check(lang));
    }

    /** How many live leads of a fair (null: of every fair) are at each status; every status present, zeros too. */
    public Map<LeadStatus, Long> countsByStatus(String fairId) {
        Map<String, Long> counted = new HashMap<>();
        db.read(c -> Select.on(c).list("SELECT status, count(*) FROM lead WHERE _cl % 2 = 1"
                + (fairId == null ? "" : " AND fair_id = ?") + " GROUP BY status",
                rs -> counted.put(rs.getString(1), rs.getLong(2)), fairId == null ? new Object[0] : new Object[] {fairId}));
        Map<LeadStatus, Long> out = new EnumMap<>(LeadStatus.class);
        for (LeadStatus s : LeadStatus.values()) {
            out.put(s, counted.getOrDefault(Codes.code(s), 0L));
        }
        long unset = counted.getOrDefault(null, 0L); // saved without a status: new
        out.merge(LeadStatus.NEW, unset, Long::sum);
        return out;
    }

    /** The status a stored code stands for; null and unknown codes read as new. */
    public static LeadStatus status(String code) {
        if (code == null) {
            return LeadStatus.NEW;
        }
        try {
            return LeadStatus.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LeadStatus.NEW;
        }
    }

    private void set(String leadId, String field, Object value) {
        Map<String, Object> v = new HashMap<>();
        v.put(field, value);
        db.write(tx -> {
            List<String> live = tx.query("SELECT id FROM lead WHERE id = ? AND _cl % 2 = 1", rs -> rs.getString(1), leadId);
            if (live.isEmpty()) {
                throw new LeadException("lead.error.noLead", leadId == null ? "" : leadId);
            }
            return tx.update(LeadEntities.LEAD, leadId, v);
        });
    }
}
