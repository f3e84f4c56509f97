package org.tradekit.lead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tradekit.store.Database;
import org.tradekit.store.Select;

/**
 * Computes a fair's {@link FairSummary} with two GROUP BYs: one pass over the fair's leads for the
 * day, country, rating, status and staff counts, one over their products.
 */
public final class FairSummaries {
    private final Database db;

    public FairSummaries(Database db) {
        this.db = db;
    }

    /**
     * @param fairId the fair, null for every fair
     * @param top    how many products to list, those most asked for first (then by name)
     * @param lang   the language of product names: vi, or any other for the English name (each falls back to the other)
     */
    public FairSummary summary(String fairId, int top, String lang) {
        String where = " WHERE l._cl % 2 = 1" + (fairId == null ? "" : " AND l.fair_id = ?");
        Object[] fair = fairId == null ? new Object[0] : new Object[] {fairId};
        return db.read(c -> {
            Select s = Select.on(c);
            // one pass over the fair's leads: a group per (day, country, rating, status, staff), added up here
            Map<LocalDate, Long> perDay = new TreeMap<>();
            List<Map<String, Long>> per = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
            long[] total = {0};
            s.list("SELECT substr(l.captured_at, 1, 10), l.country, l.rating, l.status, l.staff, count(*) FROM lead l"
                    + where + " GROUP BY 1, 2, 3, 4, 5", rs -> {
                        long n = rs.getLong(6);
                        total[0] += n;
                        String day = rs.getString(1);
                        if (day != null) {
                            perDay.merge(LocalDate.parse(day), n, Long::sum);
                        }
                        for (int i = 0; i < 4; i++) {
                            per.get(i).merge(rs.getString(i + 2), n, Long::sum);
                        }
                        return null;
                    }, fair);
            String name = "vi".equals(lang) ? "coalesce(p.name_vi, p.name_en, p.sku)" : "coalesce(p.name_en, p.name_vi, p.sku)";
            List<FairSummary.Count> products = s.list("SELECT lp.product_id, " + name + " n, count(*) k FROM lead_product lp "
                    + "JOIN lead l ON l.id = lp.lead_id LEFT JOIN product p ON p.id = lp.product_id" + where
                    + " AND lp._cl % 2 = 1 GROUP BY lp.product_id ORDER BY k DESC, n LIMIT ?",
                    rs -> new FairSummary.Count(rs.getString(1), rs.getString(2), rs.getLong(3)), params(fair, top));
            return new FairSummary(fairId, total[0], perDay, products, counts(per.get(0)), counts(per.get(1)),
                    counts(per.get(2)), counts(per.get(3)));
        });
    }

    /** The largest first, then by key (none first). */
    private static List<FairSummary.Count> counts(Map<String, Long> m) {
        return m.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(e -> new FairSummary.Count(e.getKey(), e.getKey(), e.getValue())).toList();
    }

    private static Object[] params(Object[] fair, Object more) {
        List<Object> p = new ArrayList<>(List.of(fair));
        p.add(more);
        return p.toArray();
    }
}
