package org.tradekit.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.store.Database;

/** The list after the fair reads a page and a count, and searches names, companies, emails and phones in the store. */
class LeadPageTest {
    @TempDir
    Path dir;
    Database db;
    LeadRepository repo;
    Fair fair;

    @BeforeEach
    void leads() {
        db = Database.open(dir.resolve(Database.FILE_NAME), TestContexts.CLOCK, f -> { });
        fair = new FairService(db).create(new Fair(null, "Vietnam Foodexpo", "Hồ Chí Minh", "VN", null, null, null, List.of()));
        LeadService leads = new LeadService(db, TestContexts.CLOCK);
        leads.save(new LeadDraft().fairId(fair.id()).name("Nguyễn Thị Lan").company("Tân Lập Foods").email("lan@tanlap.vn")
                .phone("+84901234567", "0901 234 567"), LeadStoreTest.CONSENT);
        leads.save(new LeadDraft().fairId(fair.id()).name("Kenji Sato").company("Sato_Shoji").email("k.sato@satoshoji.jp"),
                LeadStoreTest.CONSENT);
        for (int i = 0; i < 5; i++) {
            leads.save(new LeadDraft().fairId(fair.id()).name("Visitor " + i).email("v" + i + "@example.com"),
                    LeadStoreTest.CONSENT);
        }
        repo = new LeadRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> names(String text) {
        return repo.page(LeadFilter.ALL, text, 10).leads().stream().map(l -> l.fields().name()).toList();
    }

    @Test
    void aPageHoldsTheNewestAndSaysHowManyMatchInAll() {
        LeadRepository.Page page = repo.page(LeadFilter.ALL.fair(fair.id()), null, 3);
        assertThat(page.leads()).hasSize(3);
        assertThat(page.total()).isEqualTo(7);
        assertThat(repo.page(LeadFilter.ALL.fair(fair.id()), "visitor", 100).total()).isEqualTo(5);
    }

    @Test
    void searchIgnoresMarksAndCaseAndFindsPartOfAnEmailOrFourDigitsOfAPhone() {
        assertThat(names("nguyen thi")).containsExactly("Nguyễn Thị Lan");
        assertThat(names("TAN LAP")).containsExactly("Nguyễn Thị Lan");
        assertThat(names("satoshoji.jp")).containsExactly("Kenji Sato");
        assertThat(names("0901 234")).as("digits of the number").containsExactly("Nguyễn Thị Lan");
        assertThat(names("k_sato")).as("an underscore is a character, not a wildcard (k.sato@…)").isEmpty();
        assertThat(names("%")).isEmpty();
        assertThat(names("  ")).hasSize(7);
    }
}
