package org.tradekit.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.catalog.CatalogEntities;
import org.tradekit.store.Database;
import org.tradekit.store.Uuid7;

/** The summary, the duplicate groups and the whole list of a fair with 50,000 leads come out right (their times are `bench leads` figures, not asserted here). */
class FollowUpScaleTest {
    static final int LEADS = 50_000;
    static final String[] COUNTRIES = {"DE", "FR", "JP", "KR", "CN", "US", "NL", "AE", "VN", "AU"};
    static final String[] RATINGS = {"hot", "warm", "cold"};

    @TempDir
    Path dir;
    Database db;
    Fair fair;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve(Database.FILE_NAME), TestContexts.CLOCK, f -> { });
        fair = new FairService(db).create(new Fair(null, "SIAL Paris", "Paris", "FR", LocalDate.of(2026, 10, 18),
                LocalDate.of(2026, 10, 22), null, List.of()));
        db.write(tx -> {
            for (int p = 0; p < 40; p++) {
                tx.insert(CatalogEntities.PRODUCT, "p" + p, Map.of("sku", "SKU-" + p, "name_en", "Product " + p));
            }
            for (int i = 0; i < LEADS; i++) {
                String id = Uuid7.next();
                int person = i % 49_000 == i ? i : i - 49_000; // the last 1,000 are second captures of the first 1,000
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("fair_id", fair.id());
                v.put("staff", "Staff " + (i % 4));
                v.put("captured_at", "2026-10-" + (18 + i % 5) + "T10:00+02:00");
                v.put("name", "Visitor " + person);
                v.put("company", "Company " + person);
                v.put("country", COUNTRIES[i % COUNTRIES.length]);
                v.put("email", "visitor" + person + "@example.com");
                v.put("rating", RATINGS[i % 3]);
                v.put("status", "new");
                tx.insert(LeadEntities.LEAD, id, v);
                tx.insert(LeadEntities.PRODUCT, Uuid7.next(), Map.of("lead_id", id, "product_id", "p" + (i % 40)));
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void summaryDuplicateGroupsAndListAt50000Leads() {
        FairSummaries summaries = new FairSummaries(db);
        LeadMerges merges = new LeadMerges(db, TestContexts.CLOCK);
        FairSummary s = summaries.summary(fair.id(), 10, "en");
        List<DuplicateGroup> groups = merges.duplicateGroups(fair.id());
        List<Lead> all = new LeadRepository(db).filter(LeadFilter.ALL.fair(fair.id()), 100_000);
        assertThat(all).hasSize(LEADS);
        assertThat(all.get(0).fields().products()).hasSize(1);

        assertThat(s.leads()).isEqualTo(LEADS);
        assertThat(s.perDay()).hasSize(5).containsEntry(LocalDate.of(2026, 10, 18), 10_000L);
        assertThat(s.perProduct()).hasSize(10).allSatisfy(c -> assertThat(c.count()).isEqualTo(1_250));
        assertThat(s.perCountry()).hasSize(10).allSatisfy(c -> assertThat(c.count()).isEqualTo(5_000));
        assertThat(groups).hasSize(1_000).allSatisfy(g -> assertThat(g.leads()).hasSize(2));
    }
}
