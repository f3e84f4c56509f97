package org.tradekit.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.store.Database;
import org.tradekit.store.Select;

class LeadPipelineTest {
    @TempDir
    Path dir;
    Database db;
    LeadService leads;
    LeadRepository repo;
    LeadPipeline pipeline;
    Fair sial;
    Fair gulfood;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve(Database.FILE_NAME), TestContexts.CLOCK, f -> { });
        FairService fairs = new FairService(db);
        sial = fairs.create(new Fair(null, "SIAL Paris", "Paris", "FR", null, null, null, List.of()));
        gulfood = fairs.create(new Fair(null, "Gulfood", "Dubai", "AE", null, null, null, List.of()));
        leads = new LeadService(db, TestContexts.CLOCK);
        repo = new LeadRepository(db);
        pipeline = new LeadPipeline(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Lead lead(Fair fair, String name) {
        return leads.save(new LeadDraft().fairId(fair.id()).name(name).country("DE"), LeadStoreTest.CONSENT);
    }

    @Test
    void statusFollowUpAndLanguageAreEachOneLoggedChange() {
        Lead anna = lead(sial, "Anna");
        long before = changes(anna.id());
        pipeline.setStatus(anna.id(), LeadStatus.SAMPLES_SENT);
        pipeline.setFollowUp(anna.id(), LocalDate.of(2026, 12, 3));
        pipeline.setLang(anna.id(), " JA ");
        pipeline.setStatus(anna.id(), LeadStatus.SAMPLES_SENT); // unchanged: not logged
        LeadDraft f = repo.find(anna.id()).orElseThrow().fields();
        assertThat(f.status()).isEqualTo("samples_sent");
        assertThat(f.followUp()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(f.lang()).isEqualTo("ja");
        assertThat(Languages.of(repo.find(anna.id()).orElseThrow())).isEqualTo("ja");
        assertThat(changes(anna.id()) - before).isEqualTo(3);
        pipeline.setLang(anna.id(), "");
        pipeline.setFollowUp(anna.id(), null);
        assertThat(repo.find(anna.id()).orElseThrow().fields().lang()).isNull();
        assertThat(Languages.of(repo.find(anna.id()).orElseThrow())).isEqualTo("en"); // from the country again
        assertThat(repo.find(anna.id()).orElseThrow().fields().followUp()).isNull();
    }

    @Test
    void badInputIsRefusedInWords() {
        Lead anna = lead(sial, "Anna");
        assertThatThrownBy(() -> pipeline.setLang(anna.id(), "fr")).isInstanceOfSatisfying(LeadException.class,
                e -> assertThat(e.key()).isEqualTo("lead.error.lang"));
        assertThatThrownBy(() -> pipeline.setStatus("gone", LeadStatus.WON)).isInstanceOfSatisfying(LeadException.class,
                e -> assertThat(e.key()).isEqualTo("lead.error.noLead"));
        db.write(tx -> tx.delete(LeadEntities.LEAD, anna.id()));
        assertThatThrownBy(() -> pipeline.setStatus(anna.id(), LeadStatus.WON)).isInstanceOf(LeadException.class);
    }

    @Test
    void countsPerStatusForAFairIncludeZeros() {
        Lead a = lead(sial, "A");
        Lead b = lead(sial, "B");
        lead(sial, "C");
        Lead d = lead(gulfood, "D");
        pipeline.setStatus(a.id(), LeadStatus.WON);
        pipeline.setStatus(b.id(), LeadStatus.CONTACTED);
        pipeline.setStatus(d.id(), LeadStatus.WON);
        Map<LeadStatus, Long> counts = pipeline.countsByStatus(sial.id());
        assertThat(counts).containsEntry(LeadStatus.NEW, 1L).containsEntry(LeadStatus.CONTACTED, 1L)
                .containsEntry(LeadStatus.WON, 1L).containsEntry(LeadStatus.LOST, 0L).hasSize(6);
        assertThat(pipeline.countsByStatus(null)).containsEntry(LeadStatus.WON, 2L);
    }

    private long changes(String id) {
        return db.<List<Long>>read(c -> Select.on(c).list("SELECT count(*) FROM change WHERE row_id = ?",
                rs -> rs.getLong(1), id)).get(0);
    }
}
