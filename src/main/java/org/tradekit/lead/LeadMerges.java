package org.tradekit.lead;

import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tradekit.store.Database;
import org.tradekit.store.Select;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;

/**
 * Merges two captures of one person (decision 0029): the kept lead fills its blanks from the
 * other, takes over its products, consents, answers and earlier merges, and a {@code lead_merge}
 * row keeps who captured the other, when, and what they noted; the other is tombstoned. Also finds
 * the groups of live leads that may be the same person.
 */
public final class LeadMerges {
    /** Fields the kept lead takes from the other when its own is blank. Notes and the card stay in the merge row. */
    static final List<String> FILLED = List.of("name", "company", "job_title", "country", "email", "phone_e164",
            "phone_raw", "messaging_kind", "messaging_handle", "buyer_type", "volume", "target_price", "rating",
            "follow_up", "card_photo", "lang");
    /** Requests: asked at either capture means asked. */
    private static final List<String> FLAGS = List.of("samples", "brochure");
    private static final String MERGE_COLUMNS = "id, lead_id, merged_id, fair_id, staff, device_id, captured_at, notes, "
            + "raw_card, merged_at";

    private final Database db;
    private final Clock clock;

    public LeadMerges(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Merges {@code otherId} into {@code keepId} in one transaction and returns the merge record.
     * Refused in words, with nothing written, for a lead merged with itself or a lead that is not
     * (or no longer) there.
     */
    public MergedCapture merge(String keepId, String otherId) {
        return mergeAll(keepId, List.of(otherId)).get(0);
    }

    /** Merges every one of {@code otherIds} into {@code keepId} (a duplicate group), all in one transaction. */
    public List<MergedCapture> mergeAll(String keepId, List<String> otherIds) {
        if (keepId == null || otherIds.contains(keepId) || new HashSet<>(otherIds).size() != otherIds.size()) {
            throw new LeadException("lead.error.mergeSelf");
        }
        String now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        return db.write(tx -> {
            List<MergedCapture> out = new ArrayList<>();
            for (String otherId : otherIds) {
                out.add(merge(tx, keepId, otherId, now));
            }
            return out;
        });
    }

    private static MergedCapture merge(WriteTx tx, String keepId, String otherId, String now) throws SQLException {
        Map<String, Object> keep = row(tx, keepId);
        Map<String, Object> other = row(tx, otherId);
        Map<String, Object> filled = new LinkedHashMap<>();
        for (String f : FILLED) {
            if (blank(keep.get(f)) && !blank(other.get(f))) {
                filled.put(f, other.get(f));
            }
        }
        for (String f : FLAGS) {
            if (!isSet(keep.get(f)) && isSet(other.get(f))) {
                filled.put(f, 1L);
            }
        }
        tx.update(LeadEntities.LEAD, keepId, filled);
        moveProducts(tx, keepId, otherId);
        repoint(tx, LeadEntities.CONSENT, "lead_consent", keepId, otherId);
        repoint(tx, LeadEntities.ANSWER, "lead_answer", keepId, otherId);
        repoint(tx, LeadEntities.MERGE, "lead_merge", keepId, otherId); // a chain of merges ends at the kept lead
        String id = Uuid7.next();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lead_id", keepId);
        m.put("merged_id", otherId);
        for (String f : List.of("fair_id", "staff", "device_id", "captured_at", "notes", "raw_card")) {
            m.put(f, other.get(f));
        }
        m.put("merged_at", now);
        tx.insert(LeadEntities.MERGE, id, m);
        tx.delete(LeadEntities.LEAD, otherId);
        return new MergedCapture(id, keepId, otherId, str(other, "fair_id"), str(other, "staff"),
                str(other, "device_id"), str(other, "captured_at"), str(other, "notes"), str(other, "raw_card"), now);
    }

    /** The captures merged into a lead, in the order they were merged. */
    public List<MergedCapture> mergesOf(String leadId) {
        return db.read(c -> Select.on(c).list("SELECT " + MERGE_COLUMNS + " FROM lead_merge WHERE lead_id = ? "
                + "AND _cl % 2 = 1 ORDER BY merged_at, id", rs -> new MergedCapture(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10)), leadId));
    }

    /**
     * Groups of live leads that may be the same person: the same email, the same E.164 phone, or the
     * same folded name and company; groups sharing a lead are joined. Each rule is one GROUP BY over
     * its V6 index. {@code fairId} null: every fair.
     */
    public List<DuplicateGroup> duplicateGroups(String fairId) {
        return db.read(c -> {
            Select s = Select.on(c);
            String fair = fairId == null ? "" : " AND fair_id = ?";
            Object[] params = fairId == null ? new Object[0] : new Object[] {fairId};
            Map<String, String> parent = new HashMap<>();
            Map<String, Set<PossibleDuplicate.Rule>> rulesOf = new HashMap<>();
            tie(s.list("SELECT group_concat(id, ' ') FROM lead WHERE _cl % 2 = 1 AND email_key IS NOT NULL" + fair
                    + " GROUP BY email_key HAVING count(*) > 1", rs -> rs.getString(1), params),
                    PossibleDuplicate.Rule.EMAIL, parent, rulesOf);
            tie(s.list("SELECT group_concat(id, ' ') FROM lead WHERE _cl % 2 = 1 AND phone_e164 IS NOT NULL" + fair
                    + " GROUP BY phone_e164 HAVING count(*) > 1", rs -> rs.getString(1), params),
                    PossibleDuplicate.Rule.PHONE, parent, rulesOf);
            tie(s.list("SELECT group_concat(id, ' ') FROM lead WHERE _cl % 2 = 1 AND name_key IS NOT NULL "
                    + "AND company_key IS NOT NULL" + fair + " GROUP BY name_key, company_key HAVING count(*) > 1",
                    rs -> rs.getString(1), params), PossibleDuplicate.Rule.NAME_AND_COMPANY, parent, rulesOf);
            if (parent.isEmpty()) {
                return List.of();
            }
            List<Lead> leads = LeadRepository.withProducts(s, s.listIn("SELECT " + LeadRepository.COLUMNS
                    + " FROM lead l WHERE l.id IN " + Select.IN_LIST, parent.keySet(), LeadRepository::lead));
            Map<String, List<Lead>> groups = new LinkedHashMap<>();
            leads.stream().sorted(Comparator.comparing(Lead::capturedAt).thenComparing(Lead::id))
                    .forEach(l -> groups.computeIfAbsent(root(parent, l.id()), k -> new ArrayList<>()).add(l));
            List<DuplicateGroup> out = new ArrayList<>();
            for (var e : groups.entrySet()) {
                out.add(new DuplicateGroup(e.getValue(), rulesOf.get(e.getKey())));
            }
            return out;
        });
    }

    /**
     * Erasure's part for merges (called by {@link LeadService#erase}): the merge rows that point at
     * an erased lead lose their notes and card text, in the rows and in the change log. Returns the
     * leads merged into {@code leadId}: the same person, erased too.
     */
    static List<String> erase(WriteTx tx, String leadId) throws SQLException {
        List<String> merged = new ArrayList<>();
        record Row(String id, String lead, String merged, long cl) {
        }
        List<Row> rows = tx.query("SELECT id, lead_id, merged_id, _cl FROM lead_merge WHERE lead_id = ? OR merged_id = ?",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), leadId, leadId);
        Map<String, Object> blank = new HashMap<>();
        blank.put("notes", null);
        blank.put("raw_card", null);
        for (Row r : rows) {
            if (r.cl() % 2 == 0) {
                tx.restore(LeadEntities.MERGE, r.id());
                tx.update(LeadEntities.MERGE, r.id(), blank);
                tx.delete(LeadEntities.MERGE, r.id());
            } else {
                tx.update(LeadEntities.MERGE, r.id(), blank);
            }
            tx.scrub(LeadEntities.MERGE, r.id(), List.of("notes", "raw_card"));
            if (leadId.equals(r.lead())) {
                merged.add(r.merged());
            }
        }
        return merged;
    }

    private static void tie(List<String> groups, PossibleDuplicate.Rule rule, Map<String, String> parent,
            Map<String, Set<PossibleDuplicate.Rule>> rulesOf) {
        for (String g : groups) {
            String[] ids = g.split(" ");
            for (String id : ids) {
                parent.putIfAbsent(id, id);
            }
            for (int i = 1; i < ids.length; i++) {
                String a = root(parent, ids[0]);
                String b = root(parent, ids[i]);
                if (!a.equals(b)) {
                    parent.put(b, a);
                    Set<PossibleDuplicate.Rule> moved = rulesOf.remove(b);
                    if (moved != null) {
                        rulesOf.computeIfAbsent(a, k -> EnumSet.noneOf(PossibleDuplicate.Rule.class)).addAll(moved);
                    }
                }
            }
            rulesOf.computeIfAbsent(root(parent, ids[0]), k -> EnumSet.noneOf(PossibleDuplicate.Rule.class)).add(rule);
        }
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }

    private static void moveProducts(WriteTx tx, String keepId, String otherId) throws SQLException {
        Set<String> kept = new HashSet<>(tx.query("SELECT product_id FROM lead_product WHERE lead_id = ? AND _cl % 2 = 1",
                rs -> rs.getString(1), keepId));
        record Row(String id, String product) {
        }
        for (Row r : tx.query("SELECT id, product_id FROM lead_product WHERE lead_id = ? AND _cl % 2 = 1",
                rs -> new Row(rs.getString(1), rs.getString(2)), otherId)) {
            if (kept.add(r.product())) {
                tx.update(LeadEntities.PRODUCT, r.id(), Map.of("lead_id", keepId));
            } else {
                tx.delete(LeadEntities.PRODUCT, r.id()); // the kept lead already has it: union, not a double
            }
        }
    }

    private static void repoint(WriteTx tx, org.tradekit.store.EntityType type, String table, String keepId,
            String otherId) throws SQLException {
        for (String id : new LinkedHashSet<>(tx.query("SELECT id FROM " + table + " WHERE lead_id = ? AND _cl % 2 = 1",
                rs -> rs.getString(1), otherId))) {
            tx.update(type, id, Map.of("lead_id", keepId));
        }
    }

    private static Map<String, Object> row(WriteTx tx, String id) throws SQLException {
        List<String> cols = new ArrayList<>(FILLED);
        cols.addAll(FLAGS);
        cols.addAll(List.of("fair_id", "staff", "device_id", "captured_at", "notes", "raw_card"));
        List<Map<String, Object>> rows = tx.query("SELECT " + String.join(", ", cols)
                + " FROM lead WHERE id = ? AND _cl % 2 = 1", rs -> {
                    Map<String, Object> m = new HashMap<>();
                    for (int i = 0; i < cols.size(); i++) {
                        m.put(cols.get(i), rs.getObject(i + 1));
                    }
                    return m;
                }, id);
        if (rows.isEmpty()) {
            throw new LeadException("lead.error.noLead", id == null ? "" : id);
        }
        return rows.get(0);
    }

    private static boolean blank(Object v) {
        return v == null || v instanceof String s && s.isBlank();
    }

    private static boolean isSet(Object v) {
        return v instanceof Number n && n.longValue() == 1;
    }

    private static String str(Map<String, Object> row, String f) {
        Object v = row.get(f);
        return v == null ? null : v.toString();
    }
}
