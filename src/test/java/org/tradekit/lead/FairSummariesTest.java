package org.tradekit.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.catalog.CatalogEntities;
import org.tradekit.store.Database;

class FairSummariesTest {
    @TempDir
    Path dir;
    Database db;
    Fair sial;
    Fair other;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve(Database.FILE_NAME), TestContexts.CLOCK, f -> { });
        FairService fairs = new FairService(db);
        sial = fairs.create(new Fair(null, "SIAL Paris", "Paris", "FR", null, null, null, List.of()));
        other = fairs.create(new Fair(null, "Gulfood", "Dubai", "AE", null, null, null, List.of()));
        db.write(tx -> {
            tx.insert(CatalogEntities.PRODUCT, "p-honey", Map.of("sku", "HONEY", "name_vi", "Mật ong", "name_en", "Honey"));
            tx.insert(CatalogEntities.PRODUCT, "p-pepper", Map.of("sku", "PEPPER", "name_vi", "Tiêu đen", "name_en",
                    "Black pepper"));
            tx.insert(CatalogEntities.PRODUCT, "p-cashew", Map.of("sku", "CASHEW", "name_vi", "Hạt điều"));
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A lead captured at {@code localTime} in Paris (UTC+2 until the end of October): the day is the booth's. */
    private void lead(Fair fair, String at, String staff, String country, String rating, List<String> products) {
        Clock clock = Clock.fixed(Instant.parse(at), ZoneId.of("Europe/Paris"));
        new LeadService(db, clock).save(new LeadDraft().fairId(fair.id()).staff(staff).name("Visitor " + at)
                .country(country).rating(rating).products(products), LeadStoreTest.CONSENT);
    }

    @Test
    void countsAreExactPerDayProductCountryRatingStatusAndStaff() {
        lead(sial, "2026-10-18T08:00:00Z", "Lan", "DE", "hot", List.of("p-honey", "p-pepper"));
        lead(sial, "2026-10-18T21:30:00Z", "Lan", "DE", "warm", List.of("p-honey")); // 23:30 in Paris: still the 18th
        lead(sial, "2026-10-18T22:30:00Z", "Minh", "FR", "hot", List.of("p-honey", "p-cashew")); // 00:30 on the 19th
        lead(sial, "2026-10-20T09:00:00Z", "Minh", "JP", null, List.of());
        lead(other, "2026-10-20T09:00:00Z", "Minh", "AE", "cold", List.of("p-cashew"));

        FairSummary s = new FairSummaries(db).summary(sial.id(), 2, "en");

        assertThat(s.leads()).isEqualTo(4);
        assertThat(s.perDay()).containsExactly(Map.entry(LocalDate.of(2026, 10, 18), 2L),
                Map.entry(LocalDate.of(2026, 10, 19), 1L), Map.entry(LocalDate.of(2026, 10, 20), 1L));
        assertThat(s.perProduct()).containsExactly(new FairSummary.Count("p-honey", "Honey", 3),
                new FairSummary.Count("p-pepper", "Black pepper", 1)); // top 2; ties by name: pepper before Hạt điều
        assertThat(s.perCountry()).containsExactly(new FairSummary.Count("DE", "DE", 2), new FairSummary.Count("FR", "FR", 1),
                new FairSummary.Count("JP", "JP", 1));
        assertThat(s.perRating()).containsExactly(new FairSummary.Count("hot", "hot", 2),
                new FairSummary.Count(null, null, 1), new FairSummary.Count("warm", "warm", 1));
        assertThat(s.perStatus()).containsExactly(new FairSummary.Count("new", "new", 4));
        assertThat(s.perStaff()).containsExactly(new FairSummary.Count("Lan", "Lan", 2), new FairSummary.Count("Minh", "Minh", 2));

        FairSummary all = new FairSummaries(db).summary(null, 10, "vi");
        assertThat(all.leads()).isEqualTo(5);
        assertThat(all.perProduct()).extracting(FairSummary.Count::label).containsExactly("Mật ong", "Hạt điều", "Tiêu đen");
    }
}
