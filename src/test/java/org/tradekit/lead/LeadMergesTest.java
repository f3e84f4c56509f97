package org.tradekit.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.catalog.CatalogEntities;
import org.tradekit.store.Database;
import org.tradekit.store.Select;
import org.tradekit.store.Uuid7;

/** Two captures of one person become one lead that keeps everything both said, and who said it. */
class LeadMergesTest {
    @TempDir
    Path dir;
    Database db;
    LeadService leads;
    LeadRepository repo;
    LeadMerges merges;
    Fair fair;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve(Database.FILE_NAME), TestContexts.CLOCK, f -> { });
        FairService fairs = new FairService(db);
        fair = fairs.create(new Fair(null, "SIAL Paris", "Paris", "FR", LocalDate.of(2026, 10, 18),
                LocalDate.of(2026, 10, 22), "7-B112", List.of("Lan", "Minh")));
        fairs.setCurrent(fair.id());
        db.write(tx -> {
            tx.insert(CatalogEntities.PRODUCT, "p-honey", Map.of("sku", "HONEY-250", "name_vi", "Mật ong"));
            tx.insert(CatalogEntities.PRODUCT, "p-pepper", Map.of("sku", "PEPPER-100", "name_vi", "Tiêu đen"));
            tx.insert(CatalogEntities.PRODUCT, "p-cashew", Map.of("sku", "CASHEW-500", "name_vi", "Hạt điều"));
            return null;
        });
        leads = new LeadService(db, TestContexts.CLOCK);
        repo = new LeadRepository(db);
        merges = new LeadMerges(db, Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), TestContexts.CLOCK.getZone()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Lead lan() {
        return leads.save(new LeadDraft().staff("Lan").name("Anna Schmidt").company("Bio Import GmbH").country("DE")
                .email("anna.schmidt@bioimport.de").rating("hot").notes("Wants organic certificate")
                .products(List.of("p-honey", "p-pepper")), LeadStoreTest.CONSENT);
    }

    private Lead minh() {
        return leads.save(new LeadDraft().staff("Minh").name("Anna Schmidt").company("Bio Import").jobTitle("Head buyer")
                .email("ANNA.SCHMIDT@bioimport.de").phone("+4930123456", "030 123456").rating("cold").samples(true)
                .notes("Asked for 2 t of cashews in January").rawCard("BEGIN:VCARD\nFN:Anna Schmidt\nEND:VCARD")
                .products(List.of("p-pepper", "p-cashew")), LeadStoreTest.CONSENT);
    }

    private long live(String table, String column, String value) {
        return db.<List<Long>>read(c -> Select.on(c).list("SELECT count(*) FROM " + table + " WHERE " + column
                + " = ? AND _cl % 2 = 1", rs -> rs.getLong(1), value)).get(0);
    }

    @Test
    void theKeptLeadFillsItsBlanksAndKeepsBothNotesWithTheirAuthors() {
        Lead keep = lan();
        Lead other = minh();
        String question = Uuid7.next();
        db.write(tx -> {
            tx.insert(LeadEntities.ANSWER, Uuid7.next(), Map.of("lead_id", other.id(), "question_id", question,
                    "value", "importer"));
            return null;
        });

        MergedCapture m = merges.merge(keep.id(), other.id());

        LeadDraft kept = repo.find(keep.id()).orElseThrow().fields();
        assertThat(kept.jobTitle()).isEqualTo("Head buyer"); // blank: taken from the other
        assertThat(kept.phoneE164()).isEqualTo("+4930123456");
        assertThat(kept.company()).isEqualTo("Bio Import GmbH"); // its own: kept
        assertThat(kept.rating()).isEqualTo("hot");
        assertThat(kept.notes()).isEqualTo("Wants organic certificate");
        assertThat(kept.samples()).isTrue(); // asked at either capture
        assertThat(kept.products()).containsExactlyInAnyOrder("p-honey", "p-pepper", "p-cashew");
        assertThat(repo.find(other.id())).isEmpty();
        assertThat(repo.count()).isEqualTo(1);

        assertThat(merges.mergesOf(keep.id())).containsExactly(m);
        assertThat(m.staff()).isEqualTo("Minh");
        assertThat(m.notes()).isEqualTo("Asked for 2 t of cashews in January");
        assertThat(m.rawCard()).contains("FN:Anna Schmidt");
        assertThat(m.capturedAt()).isEqualTo(other.capturedAt());
        assertThat(m.fairId()).isEqualTo(fair.id());
        assertThat(m.mergedAt()).isEqualTo("2026-11-24T09:00+07:00");

        assertThat(live("lead_consent", "lead_id", keep.id())).isEqualTo(2);
        assertThat(live("lead_consent", "lead_id", other.id())).isZero();
        assertThat(live("lead_answer", "lead_id", keep.id())).isEqualTo(1);
        assertThat(live("lead_product", "lead_id", keep.id())).isEqualTo(3);
        assertThat(live("lead_product", "lead_id", other.id())).isZero();
        // the other lead is a tombstone that sync ships
        assertThat(db.<List<String>>read(c -> Select.on(c).list("SELECT kind || ':' || value FROM change WHERE entity = "
                + "'lead' AND row_id = ? AND kind = 'EXIST' ORDER BY origin_seq", rs -> rs.getString(1), other.id())))
                .containsExactly("EXIST:1", "EXIST:2");
    }

    @Test
    void aLeadThatHadAbsorbedAnotherPassesItsMergesOn() {
        Lead a = lan();
        Lead b = minh();
        Lead c = leads.save(new LeadDraft().staff("Lan").name("Anna Schmidt").email("anna.schmidt@bioimport.de")
                .notes("third visit"), LeadStoreTest.CONSENT);
        merges.merge(b.id(), c.id());
        merges.merge(a.id(), b.id());
        assertThat(merges.mergesOf(a.id())).extracting(MergedCapture::notes)
                .containsExactlyInAnyOrder("third visit", "Asked for 2 t of cashews in January");
        assertThat(merges.mergesOf(b.id())).isEmpty();
    }

    @Test
    void mergingALeadWithItselfOrAMissingOneIsRefusedAndWritesNothing() {
        Lead a = lan();
        Lead b = minh();
        long changes = changes();
        assertThatThrownBy(() -> merges.merge(a.id(), a.id())).isInstanceOfSatisfying(LeadException.class,
                e -> assertThat(e.key()).isEqualTo("lead.error.mergeSelf"));
        assertThatThrownBy(() -> merges.merge(a.id(), "no-such-lead")).isInstanceOfSatisfying(LeadException.class,
                e -> assertThat(e.key()).isEqualTo("lead.error.noLead"));
        merges.merge(a.id(), b.id());
        long after = changes();
        assertThatThrownBy(() -> merges.merge(a.id(), b.id())).isInstanceOfSatisfying(LeadException.class,
                e -> assertThat(e.key()).isEqualTo("lead.error.noLead")); // already merged away
        assertThat(after).isGreaterThan(changes);
        assertThat(changes()).isEqualTo(after);
    }

    @Test
    void erasureBlanksTheMergeRowsAndTheirChangesAndErasesTheMergedCaptureToo() {
        Lead keep = lan();
        // the same person by phone, another address: erasing by the kept lead's email must reach it through the merge
        Lead other = leads.save(new LeadDraft().staff("Minh").name("A. Schmidt").email("anna@private-mail.de")
                .phone("+4930123456", "030 123456").notes("Asked for 2 t of cashews in January")
                .rawCard("MECARD:N:Schmidt,Anna;EMAIL:anna@private-mail.de;;"), LeadStoreTest.CONSENT);
        MergedCapture m = merges.merge(keep.id(), other.id());

        assertThat(leads.erase("anna.schmidt@bioimport.de")).isEqualTo(2);

        assertThat(db.<List<String>>read(c -> Select.on(c).list("SELECT coalesce(notes, '-') || '/' || "
                + "coalesce(raw_card, '-') FROM lead_merge WHERE id = ?", rs -> rs.getString(1), m.id())))
                .containsExactly("-/-");
        assertThat(db.<List<String>>read(c -> Select.on(c).list("SELECT field || '=' || value FROM change WHERE "
                + "entity = 'lead_merge' AND field IN ('notes', 'raw_card') AND value IS NOT NULL", rs -> rs.getString(1))))
                .isEmpty();
        assertThat(db.<List<String>>read(c -> Select.on(c).list("SELECT row_id FROM change WHERE value LIKE '%cashews%' "
                + "OR value LIKE '%private-mail%' OR value LIKE '%Schmidt%'", rs -> rs.getString(1)))).isEmpty();
        assertThat(db.<List<String>>read(c -> Select.on(c).list("SELECT coalesce(email, '-') || '/' || (_cl % 2) FROM "
                + "lead WHERE id = ?", rs -> rs.getString(1), other.id()))).containsExactly("-/0");
    }

    @Test
    void duplicateGroupsJoinLeadsTiedByAnyRule() {
        Lead a = lan();
        Lead b = minh(); // same email as a
        Lead c = leads.save(new LeadDraft().staff("Lan").name("Another Person").phone("+4930123456", null),
                LeadStoreTest.CONSENT); // same phone as b
        Lead d = leads.save(new LeadDraft().staff("Lan").name("Kenji Sato").company("Sato Shoji").email("k@sato.jp"),
                LeadStoreTest.CONSENT);
        Lead e = leads.save(new LeadDraft().staff("Minh").name("kenji  SATO").company("Satō Shoji").email("kenji@sato.jp"),
                LeadStoreTest.CONSENT); // same name and company as d, folded
        leads.save(new LeadDraft().staff("Minh").name("Alone").email("alone@example.com"), LeadStoreTest.CONSENT);

        List<DuplicateGroup> groups = merges.duplicateGroups(fair.id());

        assertThat(groups).hasSize(2);
        DuplicateGroup anna = groups.stream().filter(g -> g.leads().size() == 3).findFirst().orElseThrow();
        assertThat(anna.leads()).extracting(Lead::id).containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        assertThat(anna.rules()).containsExactlyInAnyOrder(PossibleDuplicate.Rule.EMAIL, PossibleDuplicate.Rule.PHONE);
        DuplicateGroup kenji = groups.stream().filter(g -> g.leads().size() == 2).findFirst().orElseThrow();
        assertThat(kenji.leads()).extracting(Lead::id).containsExactlyInAnyOrder(d.id(), e.id());
        assertThat(kenji.rules()).containsExactly(PossibleDuplicate.Rule.NAME_AND_COMPANY);
        assertThat(merges.duplicateGroups("another-fair")).isEmpty();

        merges.merge(d.id(), e.id());
        assertThat(merges.duplicateGroups(null)).hasSize(1);
    }

    @Test
    void aGroupOfThreeIsMergedInOneTransaction() {
        Lead a = lan();
        Lead b = minh();
        Lead c = leads.save(new LeadDraft().staff("Lan").name("Anna Schmidt").email("anna.schmidt@bioimport.de")
                .messaging("whatsapp", "annaschmidt.bio").brochure(true).notes("third visit"), LeadStoreTest.CONSENT);
        long txBefore = transactions();
        List<MergedCapture> done = merges.mergeAll(a.id(), List.of(b.id(), c.id()));
        assertThat(transactions() - txBefore).isEqualTo(1);
        assertThat(done).extracting(MergedCapture::mergedId).containsExactly(b.id(), c.id());
        LeadDraft kept = repo.find(a.id()).orElseThrow().fields();
        assertThat(kept.messagingHandle()).isEqualTo("annaschmidt.bio");
        assertThat(kept.brochure()).isTrue();
        assertThat(repo.count()).isEqualTo(1);
        assertThatThrownBy(() -> merges.mergeAll(a.id(), List.of(b.id(), b.id()))).isInstanceOf(LeadException.class);
    }

    private long transactions() {
        return db.<List<Long>>read(c -> Select.on(c).list("SELECT count(DISTINCT txn_seq) FROM change", rs -> rs.getLong(1))).get(0);
    }

    private long changes() {
        return db.<List<Long>>read(c -> Select.on(c).list("SELECT count(*) FROM change", rs -> rs.getLong(1))).get(0);
    }
}
