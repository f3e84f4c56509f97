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

/** A database written by the previous release (schema V5) gains the lead tables and keeps its data. */
class LeadSchemaMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersion5DatabaseIsMigratedToVersion6KeepingItsDataAndAcceptsLeads() throws Exception {
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
            assertThat(db.<Integer>read(Migrations::currentVersion)).isEqualTo(6);
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
}
