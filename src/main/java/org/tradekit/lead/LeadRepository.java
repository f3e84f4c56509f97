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
import org.tradekit.text.Fold;

/** Reads leads: one by id, and the filtered list after the fair (newest capture first). */
public final class LeadRepository {
    /** The lead columns {@link #lead(ResultSet)} reads, in order, for a query on {@code lead l}. */
    public static final String COLUMNS = "l.id, l.captured_at, l.device_id, l.fair_id, l.staff, l.name, l.company, l.job_title, "
            + "l.country, l.email, l.phone_e164, l.phone_raw, l.messaging_kind, l.messaging_handle, l.buyer_type, l.volume, "
            + "l.target_price, l.rating, l.notes, l.follow_up, l.samples, l.brochure, l.status, l.raw_card, l.card_photo, l.lang";

    private static final int COLUMN_COUNT = COLUMNS.split(",").length;

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

    /** How many leads the list after the fair shows at once: a screenful many times over; filters narrow the rest. */
    public static final int LIST_PAGE = 200;

    /** A page of the list after the fair: the newest matching leads, and how many match in all. */
    public record Page(List<Lead> leads, long total) {
    }

    /**
     * The newest {@code limit} live leads matching the filter and the search text (words of the name or
     * company, marks ignored; part of the email; four or more digits of the phone), and how many match.
     */
    public Page page(LeadFilter f, String text, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params) + search(text, params);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit);
        boolean searching = Fold.clean(text) != null;
        return db.read(c -> {
            Select s = Select.on(c);
            if (searching) { // the search reads every row anyway: count the matches in the same pass
                long[] total = {0};
                List<Lead> leads = withProducts(s, s.list("SELECT " + COLUMNS + ", count(*) OVER () FROM lead l "
                        + "WHERE l._cl % 2 = 1" + where + " ORDER BY l.captured_at DESC, l.id DESC LIMIT ?", rs -> {
                            total[0] = rs.getLong(COLUMN_COUNT + 1);
                            return lead(rs);
                        }, pageParams.toArray()));
                return new Page(leads, total[0]);
            }
            List<Lead> leads = withProducts(s, s.list("SELECT " + COLUMNS + " FROM lead l WHERE l._cl % 2 = 1" + where
                    + " ORDER BY l.captured_at DESC, l.id DESC LIMIT ?", LeadRepository::lead, pageParams.toArray()));
            long total = leads.size() < limit ? leads.size() : count(s, where, params); // the index walk stops early
            return new Page(leads, total);
        });
    }

    /** How many live leads match the filter. */
    public long count(LeadFilter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        return db.read(c -> count(Select.on(c), where, params));
    }

    private static long count(Select s, String where, List<Object> params) throws SQLException {
        // NOT INDEXED: a fair's leads are most of the table, and an index probe then reads each row for _cl
        // (36,000 lookups, ~60 ms at 50,000 leads); one pass over the table counts any filter in ~15 ms
        return s.list("SELECT count(*) FROM lead l NOT INDEXED WHERE l._cl % 2 = 1" + where, rs -> rs.getLong(1),
                params.toArray()).get(0);
    }

    /** The search text as an " AND (...)" clause over the derived keys (one pass, no index: ~20 ms at 50,000). */
    public static String search(String text, List<Object> params) {
        String raw = Fold.clean(text);
        if (raw == null) {
            return "";
        }
        String words = Fold.words(raw);
        String email = raw.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        StringBuilder sql = new StringBuilder(" AND (l.email_key LIKE ? ESCAPE '\\'");
        params.add("%" + email + "%");
        if (!words.isEmpty()) {
            sql.append(" OR l.name_key LIKE ? OR l.company_key LIKE ?");
            params.add("%" + words + "%");
            params.add("%" + words + "%");
        }
        String digits = raw.replaceAll("[^0-9]", "").replaceFirst("^0+", ""); // 0901... as written, +84901... as stored
        if (digits.length() >= 4) {
            sql.append(" OR l.phone_e164 LIKE ?");
            params.add("%" + digits + "%");
        }
        return sql.append(")").toString();
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
