package org.tradekit.lead.io;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.tradekit.lead.LeadException;
import org.tradekit.store.AtomicFiles;
import org.tradekit.store.Database;
import org.tradekit.text.Fold;

/**
 * A data subject's access request: everything stored about the person with one email address,
 * as JSON: every lead with that email (live or deleted), its fair, consent rows, answers (with the
 * question asked), products of interest and the records of duplicates merged into or from it.
 * Rows are written as stored, column by column, so nothing is left out by a mapping.
 */
public final class PersonData {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Clock clock;

    public PersonData(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Writes the person's data to {@code out}; returns how many leads hold that email. */
    public int export(String email, Path out) {
        String key = Fold.clean(email) == null ? null : Fold.clean(email).toLowerCase(Locale.ROOT);
        if (key == null || !EMAIL.matcher(key).matches()) {
            throw new LeadException("lead.error.email", email == null ? "" : email);
        }
        int[] n = {0};
        try {
            AtomicFiles.write(out.toAbsolutePath(), os -> {
                try (JsonGenerator g = JSON.getFactory().createGenerator(os, JsonEncoding.UTF8)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // AtomicFiles syncs, then closes it
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    g.writeStringField("email", key);
                    g.writeStringField("exportedAt", OffsetDateTime.now(clock).toString());
                    db.read(c -> {
                        n[0] = write(c, g, key);
                        return null;
                    });
                    g.writeEndObject();
                }
            });
        } catch (IOException e) {
            throw new LeadFileException("lead.io.error.write", e, out.toAbsolutePath(), String.valueOf(e.getMessage()));
        }
        return n[0];
    }

    private static int write(Connection c, JsonGenerator g, String key) throws SQLException {
        List<String> ids = new ArrayList<>();
        try {
            g.writeArrayFieldStart("leads");
            try (PreparedStatement ps = c.prepareStatement("SELECT l.*, l._cl % 2 = 0 AS deleted, f.name AS fair_name "
                    + "FROM lead l LEFT JOIN fair f ON f.id = l.fair_id WHERE l.email_key = ? ORDER BY l.captured_at")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString("id");
                        ids.add(id);
                        g.writeStartObject();
                        fields(g, rs);
                        rows(c, g, "consents", "SELECT * FROM lead_consent WHERE lead_id = ? ORDER BY given_at", id);
                        rows(c, g, "answers", "SELECT a.*, q.prompt AS question FROM lead_answer a "
                                + "LEFT JOIN fair_question q ON q.id = a.question_id WHERE a.lead_id = ?", id);
                        rows(c, g, "products", "SELECT lp.*, p.sku, p.name_vi, p.name_en FROM lead_product lp "
                                + "LEFT JOIN product p ON p.id = lp.product_id WHERE lp.lead_id = ?", id);
                        rows(c, g, "merges", "SELECT * FROM lead_merge WHERE lead_id = ?1 OR merged_id = ?1", id);
                        g.writeEndObject();
                    }
                }
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new SQLException(e);
        }
        return ids.size();
    }

    private static void rows(Connection c, JsonGenerator g, String name, String sql, String leadId)
            throws SQLException, IOException {
        g.writeArrayFieldStart(name);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, leadId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    g.writeStartObject();
                    fields(g, rs);
                    g.writeEndObject();
                }
            }
        }
        g.writeEndArray();
    }

    /** The row's columns as stored, leaving out the sync bookkeeping (_hlc, _versions...). */
    private static void fields(JsonGenerator g, ResultSet rs) throws SQLException, IOException {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String col = md.getColumnLabel(i);
            if (col.startsWith("_")) {
                continue;
            }
            Object v = rs.getObject(i);
            if (v == null) {
                g.writeNullField(col);
            } else if (v instanceof Number num) {
                g.writeNumberField(col, num.longValue());
            } else {
                g.writeStringField(col, v.toString());
            }
        }
    }
}
