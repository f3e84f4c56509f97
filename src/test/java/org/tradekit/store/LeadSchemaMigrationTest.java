package org.tradekit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.lead.Consent;
import org.tradekit.lead.Fair;
import org.tradekit.lead.FairService;
import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.LeadFilter;
import org.tradekit.lead.LeadRepository;
import org.tradekit.lead.LeadService;

/** Databases written by earlier releases (schema V5, V6) gain the lead tables and keep their data. */
class LeadSchemaMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersion5DatabaseIsMigratedToTheLatestKeepingItsDataAndAcceptsLeads() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            for (int v = 1; v <= 5; v++) {
                s.executeUpdate(Migrations.script(v));
            }
            s.executeUpdate("PRAGMA user_version = 5");
            s.executeUpdate("INSERT INTO print_run (id, _hlc, lot_id, label_count) VALUES ('r1', 1, 'lot-1', 40)");
        }
        List<Path> backedUp = new ArrayList<>();
        try (Database db = Database.open(file, TestContexts.CLOCK, backedUp::add)) {
            assertThat(backedUp).containsExactly(file); // the old file is offered for a backup first
            assertThat(db.<Integer>read(Migrations::currentVersion)).isEqualTo(Migrations.LATEST);
            assertThat(db.<Long>read(c -> Select.on(c).list("SELECT label_count FROM print_run WHERE id = 'r1'",
                    rs -> rs.getLong(1)).get(0))).isEqualTo(40L);
            FairService fairs = new FairService(db);
            Fair fair = fairs.create(new Fair(null, "Food & Hotel Asia", "Singapore", "SG", null, null, "A1", List.of()));
            fairs.setCurrent(fair.id());
            new LeadService(db, TestContexts.CLOCK).save(new LeadDraft().name("Li Wei").email("li.wei@example.sg"),
                    new Consent("follow-up", "I agree to be contacted.", "1", "Lan"));
            assertThat(new LeadRepository(db).filter(LeadFilter.ALL.fair(fair.id()), 10)).hasSize(1);
            assertThat(db.quickCheck()).isEmpty();
        }
    }

    @Test
    void aVersion6LeadKeepsItsFieldsAndGainsNoLanguageButItsCountrysAndItsFairCanAskQuestions() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            for (int v = 1; v <= 6; v++) {
                s.executeUpdate(Migrations.script(v));
            }
            s.executeUpdate("PRAGMA user_version = 6");
            s.executeUpdate("INSERT INTO fair (id, _hlc, name) VALUES ('f1', 1, 'Hortex')");
            s.executeUpdate("INSERT INTO lead (id, _hlc, fair_id, captured_at, name, country, email) "
                    + "VALUES ('l1', 1, 'f1', '2026-11-20T09:00:00+07:00', 'Kim Min-jun', 'KR', 'min@example.kr')");
        }
        try (Database db = Database.open(file, TestContexts.CLOCK, p -> { })) {
            var lead = new LeadRepository(db).find("l1").orElseThrow();
            assertThat(lead.fields().name()).isEqualTo("Kim Min-jun");
            assertThat(lead.fields().lang()).isNull();
            assertThat(org.tradekit.lead.Languages.of(lead)).isEqualTo("ko");
            assertThat(db.<Long>read(c -> Select.on(c).list("SELECT count(*) FROM fair_question WHERE fair_id = 'f1'",
                    rs -> rs.getLong(1)).get(0))).isZero();
            assertThat(db.quickCheck()).isEmpty();
        }
    }
}
