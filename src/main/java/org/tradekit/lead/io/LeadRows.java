package org.tradekit.lead.io;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.tradekit.lead.Lead;
import org.tradekit.lead.LeadFilter;
import org.tradekit.lead.LeadRepository;
import org.tradekit.store.Database;
import org.tradekit.store.RowMapper;

/**
 * Streams leads with everything a file carries about them (fair name, products, consent, answers),
 * oldest capture first, one row at a time from one query: an export of 50,000 leads holds one
 * lead in memory, not 50,000.
 */
public final class LeadRows {
    private static final String SEP = "\u001f";
    private static final String QUERY = "SELECT " + LeadRepository.COLUMNS + ", f.name, "
            + "(SELECT group_concat(x, char(30)) FROM (SELECT p.sku || char(31) || coalesce(p.name_en, p.name_vi, '') x "
            + "FROM lead_product lp JOIN product p ON p.id = lp.product_id WHERE lp.lead_id = l.id AND lp._cl % 2 = 1 "
            + "ORDER BY p.sku)), "
            + "c.purpose, c.text, c.text_version, c.given_at, "
            + "(SELECT group_concat(x, char(30)) FROM (SELECT coalesce(q.prompt, '') || char(31) || coalesce(a.value, '') x "
            + "FROM lead_answer a LEFT JOIN fair_question q ON q.id = a.question_id WHERE a.lead_id = l.id "
            + "AND a._cl % 2 = 1 ORDER BY q.position)) "
            + "FROM lead l LEFT JOIN fair f ON f.id = l.fair_id "
            + "LEFT JOIN lead_consent c ON c.id = (SELECT id FROM lead_consent WHERE lead_id = l.id AND _cl % 2 = 1 "
            + "ORDER BY given_at DESC LIMIT 1) WHERE l._cl % 2 = 1";
    private static final int FIRST = 27; // the column after LeadRepository.COLUMNS

    private final Database db;

    public LeadRows(Database db) {
        this.db = db;
    }

    /** Every live lead the filter keeps, oldest capture first. */
    public long forEach(LeadFilter f, Consumer<LeadRecord> sink) {
        return forEach(f, null, sink);
    }

    /** Every live lead the filter and the list's search text keep, oldest capture first. */
    public long forEach(LeadFilter f, String text, Consumer<LeadRecord> sink) {
        List<Object> params = new ArrayList<>();
        String where = LeadRepository.where(f, params) + LeadRepository.search(text, params);
        return stream(QUERY + where + " ORDER BY l.captured_at, l.id", params, sink);
    }

    /** Every live lead with this email (case ignored): what is stored about one person. */
    public long forEmail(String emailKey, Consumer<LeadRecord> sink) {
        return stream(QUERY + " AND l.email_key = ? ORDER BY l.captured_at, l.id", List.of(emailKey), sink);
    }

    /** How many live leads the filter keeps (for progress). */
    public long count(LeadFilter f) {
        return new LeadRepository(db).count(f);
    }

    /** How many live leads the filter and the search text keep. */
    public long count(LeadFilter f, String text) {
        return new LeadRepository(db).page(f, text, 1).total();
    }

    private long stream(String sql, List<Object> params, Consumer<LeadRecord> sink) {
        return db.read(c -> {
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(record(rs));
                        n++;
                    }
                }
            }
            return n;
        });
    }

    private static LeadRecord record(ResultSet rs) throws java.sql.SQLException {
        Lead lead = LeadRepository.lead(rs);
        List<LeadRecord.Product> products = new ArrayList<>();
        for (String[] p : pairs(rs.getString(FIRST + 1))) {
            products.add(new LeadRecord.Product(p[0], p[1]));
        }
        List<LeadRecord.Answer> answers = new ArrayList<>();
        for (String[] a : pairs(rs.getString(FIRST + 6))) {
            answers.add(new LeadRecord.Answer(a[0], a[1]));
        }
        return new LeadRecord(lead, rs.getString(FIRST), products, rs.getString(FIRST + 2), rs.getString(FIRST + 3),
                rs.getString(FIRST + 4), rs.getString(FIRST + 5), answers);
    }

    private static List<String[]> pairs(String joined) {
        List<String[]> out = new ArrayList<>();
        if (joined != null) {
            for (String item : joined.split("\u001e")) {
                String[] kv = item.split(SEP, 2);
                out.add(new String[] {kv[0], kv.length > 1 ? kv[1] : ""});
            }
        }
        return out;
    }
}
