package org.tradekit.lead;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradekit.store.Database;
import org.tradekit.store.Select;

/** Reads leads: one by id, and the filtered list after the fair (newest capture first). */
public final class LeadRepository {
    /** The lead columns {@link #lead(ResultSet)} reads, in order, for a query on {@code lead l}. */
    public static final String COLUMNS = "l.id, l.captured_at, l.device_id, l.fair_id, l.staff, l.name, l.company, l.job_title, "
            + "l.country, l.email, l.phone_e164, l.phone_raw, l.messaging_kind, l.messaging_handle, l.buyer_type, l.volume, "
            + "l.target_price, l.rating, l.notes, l.follow_up, l.samples, l.brochure, l.status, l.raw_card, l.card_photo, l.lang";

    private final Database db;

    public LeadRepository(Database db) {
        this.db = db;
    }

    public Optional<Lead> find(String id) {
        return db.read(c -> withProducts(Select.on(c), Select.on(c).list("SELECT " + COLUMNS
                + " FROM lead l WHERE l.id = ? AND l._cl % 2 = 1", LeadRepository::lead, id))).stream().findFirst();
    }

    /**
     * At most {@code limit} live leads matching every criterion of the filter, newest first. Each
     * criterion has its index (V6); the product criterion goes through lead_product's.
     */
    public List<Lead> filter(LeadFilter f, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM lead l WHERE l._cl % 2 = 1")
                .append(where(f, params));
        sql.append(" ORDER BY l.captured_at DESC, l.id DESC LIMIT ?");
        params.add(limit);
        return db.read(c -> withProducts(Select.on(c), Select.on(c).list(sql.toString(), LeadRepository::lead,
                params.toArray())));
    }

    /** How many live leads there are (for the list's header and the tests). */
    public long count() {
        return db.read(c -> Select.on(c).list("SELECT count(*) FROM lead WHERE _cl % 2 = 1", rs -> rs.getLong(1)).get(0));
    }

    /** The filter's criteria on {@code lead l} as " AND ..." clauses, their values added to {@code params}. */
    public static String where(LeadFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        criterion(sql, params, "l.fair_id", f.fairId());
        criterion(sql, params, "l.country", f.country());
        criterion(sql, params, "l.rating", f.rating());
        criterion(sql, params, "l.status", f.status());
        criterion(sql, params, "l.staff", f.staff());
        if (f.productId() != null) {
            sql.append(" AND l.id IN (SELECT lead_id FROM lead_product WHERE product_id = ? AND _cl % 2 = 1)");
            params.add(f.productId());
        }
        return sql.toString();
    }

    private static void criterion(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    /** The leads with their products of interest filled in (one query per 500 leads). */
    static List<Lead> withProducts(Select s, List<Lead> leads) throws SQLException {
        if (leads.isEmpty()) {
            return leads;
        }
        Map<String, Lead> byId = new LinkedHashMap<>();
        leads.forEach(l -> byId.put(l.id(), l));
        Map<String, List<String>> products = new HashMap<>();
        s.listIn("SELECT lead_id, product_id FROM lead_product WHERE _cl % 2 = 1 AND lead_id IN " + Select.IN_LIST
                + " ORDER BY product_id", byId.keySet(), rs -> products.computeIfAbsent(rs.getString(1),
                        k -> new ArrayList<>()).add(rs.getString(2)));
        products.forEach((lead, ids) -> byId.get(lead).fields().products(ids));
        return leads;
    }

    public static Lead lead(ResultSet rs) throws SQLException {
        String followUp = rs.getString(20);
        LeadDraft d = new LeadDraft().fairId(rs.getString(4)).staff(rs.getString(5)).name(rs.getString(6))
                .company(rs.getString(7)).jobTitle(rs.getString(8)).country(rs.getString(9)).email(rs.getString(10))
                .phone(rs.getString(11), rs.getString(12)).messaging(rs.getString(13), rs.getString(14))
                .buyerType(rs.getString(15)).volume(rs.getString(16)).targetPrice(rs.getString(17))
                .rating(rs.getString(18)).notes(rs.getString(19)).followUp(FairService.date(followUp))
                .samples(rs.getInt(21) == 1).brochure(rs.getInt(22) == 1).status(rs.getString(23))
                .rawCard(rs.getString(24)).cardPhoto(rs.getString(25)).lang(rs.getString(26));
        return new Lead(rs.getString(1), rs.getString(2), rs.getString(3), d);
    }
}
