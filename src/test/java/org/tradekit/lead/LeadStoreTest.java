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
import org.tradekit.catalog.CatalogEntities;
import org.tradekit.i18n.Messages;
import org.tradekit.store.Database;

class LeadStoreTest {
    static final Consent CONSENT = new Consent("follow-up after the fair",
            "I agree that the cooperative keeps my card details to send me offers.", "2026-11", null);

    @TempDir
    Path dir;
    Database db;
    FairService fairs;
    LeadService leads;
    LeadRepository repo;
    Fair fair;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve(Database.FILE_NAME), TestContexts.CLOCK, f -> { });
        wire();
        fair = fairs.create(new Fair(null, "SIAL Paris", "Paris", "fr", LocalDate.of(2026, 10, 18),
                LocalDate.of(2026, 10, 22), "7-B112", List.of("Lan", "Minh")));
        fairs.setCurrent(fair.id());
        db.write(tx -> {
            tx.insert(CatalogEntities.PRODUCT, "p-honey", Map.of("sku", "HONEY-250", "name_vi", "Mật ong"));
            tx.insert(CatalogEntities.PRODUCT, "p-pepper", Map.of("sku", "PEPPER-100", "name_vi", "Tiêu đen"));
            return null;
        });
    }

    private void wire() {
        fairs = new FairService(db);
        leads = new LeadService(db, TestContexts.CLOCK);
        repo = new LeadRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static LeadDraft anna() {
        return new LeadDraft().staff("Lan").name("Anna Schmidt").company("Bio Import GmbH").jobTitle("Buyer").country("de")
                .email(" Anna.Schmidt@BioImport.de ").phone("+4930123456", "030 123456").messaging("WhatsApp", "+4930123456")
                .buyerType("importer").volume("2 containers / year").targetPrice("4.20 EUR/kg").rating("Hot")
                .notes("Wants organic certificate").followUp(LocalDate.of(2026, 12, 1)).samples(true).status("samples sent")
                .rawCard("BEGIN:VCARD\nFN:Anna Schmidt\nEND:VCARD").products(List.of("p-honey", "p-pepper"));
    }

    private long rows(String table) {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aLeadIsSavedWithItsProductsAndConsentAndReadBackAfterReopening() {
        Lead saved = leads.save(anna(), CONSENT);
        db.close();
        db = Database.open(dir.resolve(Database.FILE_NAME), TestContexts.CLOCK, f -> { });
        wire();

        Lead l = repo.find(saved.id()).orElseThrow();
        LeadDraft f = l.fields();
        assertThat(f.fairId()).isEqualTo(fair.id()); // the device's current fair
        assertThat(l.deviceId()).isEqualTo(db.deviceId());
        assertThat(f.email()).isEqualTo("Anna.Schmidt@BioImport.de");
        assertThat(f.country()).isEqualTo("DE");
        assertThat(f.phoneE164()).isEqualTo("+4930123456");
        assertThat(f.phoneRaw()).isEqualTo("030 123456");
        assertThat(f.messagingKind()).isEqualTo("whatsapp");
        assertThat(f.rating()).isEqualTo("hot");
        assertThat(f.status()).isEqualTo("samples_sent");
        assertThat(f.buyerType()).isEqualTo("importer");
        assertThat(f.followUp()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(f.samples()).isTrue();
        assertThat(f.brochure()).isFalse();
        assertThat(f.rawCard()).contains("FN:Anna Schmidt");
        assertThat(f.products()).containsExactly("p-honey", "p-pepper");
        List<String> consent = db.read(c -> {
            try (var ps = c.prepareStatement("SELECT purpose || '|' || text || '|' || text_version || '|' || staff || '|' "
                    + "|| given_at FROM lead_consent WHERE lead_id = ?")) {
                return org.tradekit.store.RowMapper.list(ps, rs -> rs.getString(1), saved.id());
            }
        });
        assertThat(consent).containsExactly("follow-up after the fair|" + CONSENT.text() + "|2026-11|Lan|"
                + "2026-11-23T10:00+07:00");
        // one transaction: lead, its two products and its consent share one txn_seq
        List<Long> txns = db.read(c -> {
            try (var ps = c.prepareStatement("SELECT DISTINCT txn_seq FROM change WHERE entity IN "
                    + "('lead', 'lead_product', 'lead_consent')")) {
                return org.tradekit.store.RowMapper.list(ps, rs -> rs.getLong(1));
            }
        });
        assertThat(txns).hasSize(1);
        assertThat(rows("change WHERE entity = 'lead' AND field = 'email'")).isEqualTo(1);
    }

    @Test
    void withoutConsentOrAnythingIdentifyingNothingIsWritten() {
        long changes = rows("change");
        for (Consent none : new Consent[] {null, new Consent("offers", "  ", "1", null), new Consent(" ", "text", "1", null)}) {
            assertThatThrownBy(() -> leads.save(anna(), none)).isInstanceOfSatisfying(LeadException.class,
                    e -> assertThat(e.key()).isEqualTo("lead.error.noConsent"));
        }
        LeadDraft nobody = new LeadDraft().company("Bio Import GmbH").notes("came by at noon").rating("warm");
        assertThatThrownBy(() -> leads.save(nobody, CONSENT)).isInstanceOfSatisfying(LeadException.class, e -> {
            assertThat(e.key()).isEqualTo("lead.error.anonymous");
            assertThat(e.message(new Messages(Messages.VI))).contains("tên, email hoặc số điện thoại");
        });
        assertThat(rows("lead")).isZero();
        assertThat(rows("lead_product")).isZero();
        assertThat(rows("lead_consent")).isZero();
        assertThat(rows("change")).isEqualTo(changes);
    }

    @Test
    void badEmailPhoneCodesAndUnknownProductsAreRefusedInBothLanguages() {
        record Bad(LeadDraft draft, String key, String shown) {
        }
        List<Bad> bad = List.of(
                new Bad(anna().email("anna at bioimport.de"), "lead.error.email", "anna at bioimport.de"),
                new Bad(anna().email("anna@localhost"), "lead.error.email", "anna@localhost"),
                new Bad(anna().phone("030 123456", null), "lead.error.phone", "030 123456"),
                new Bad(anna().rating("lukewarm"), "lead.error.rating", "hot, warm, cold"),
                new Bad(anna().status("maybe"), "lead.error.status", "samples_sent"),
                new Bad(anna().buyerType("friend"), "lead.error.buyerType", "horeca"),
                new Bad(anna().messaging("fax", "1"), "lead.error.messaging", "zalo"),
                new Bad(anna().country("Germany"), "lead.error.country", "Germany"),
                new Bad(anna().products(List.of("p-honey", "p-gone")), "lead.error.noProduct", "p-gone"),
                new Bad(anna().fairId("no-such-fair"), "lead.error.noFair", "no-such-fair"));
        long changes = rows("change");
        for (Bad b : bad) {
            assertThatThrownBy(() -> leads.save(b.draft(), CONSENT)).as(b.key()).isInstanceOfSatisfying(LeadException.class,
                    e -> {
                        assertThat(e.key()).isEqualTo(b.key());
                        assertThat(e.message(new Messages(Messages.EN))).contains(b.shown());
                        assertThat(e.message(new Messages(Messages.VI))).contains(b.shown());
                    });
        }
        assertThat(rows("lead")).isZero();
        assertThat(rows("change")).isEqualTo(changes);
    }

    @Test
    void aDeviceWithoutACurrentFairIsAskedToChooseOne() {
        db.write(tx -> tx.delete(LeadEntities.SETTING, db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM lead_setting")) {
                rs.next();
                return rs.getString(1);
            }
        })));
        assertThat(fairs.current()).isEmpty();
        assertThatThrownBy(() -> leads.save(anna(), CONSENT)).isInstanceOfSatisfying(LeadException.class,
                e -> assertThat(e.key()).isEqualTo("lead.error.noCurrentFair"));
        Fair other = fairs.create(new Fair(null, "Gulfood", "Dubai", "AE", null, null, null, List.of()));
        fairs.setCurrent(other.id());
        assertThat(leads.save(anna(), CONSENT).fields().fairId()).isEqualTo(other.id());
        assertThat(fairs.current()).map(Fair::name).hasValue("Gulfood");
    }

    @Test
    void fairsAreCheckedSavedAndUpdatedFieldByField() {
        assertThatThrownBy(() -> fairs.create(new Fair(null, " ", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(LeadException.class, e -> assertThat(e.key()).isEqualTo("lead.error.fairName"));
        assertThatThrownBy(() -> fairs.create(new Fair(null, "X", null, null, LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 5, 1), null, null))).isInstanceOfSatisfying(LeadException.class,
                        e -> assertThat(e.key()).isEqualTo("lead.error.fairDates"));
        assertThat(fairs.find(fair.id())).hasValue(fair.withId(fair.id()));
        assertThat(fair.country()).isEqualTo("FR");
        long before = rows("change WHERE entity = 'fair'");
        fairs.update(new Fair(fair.id(), fair.name(), fair.city(), fair.country(), fair.starts(), fair.ends(), "7-B114",
                List.of("Lan", "Minh", "Hoa")));
        assertThat(rows("change WHERE entity = 'fair'")).isEqualTo(before + 2); // booth and staff only
        assertThat(fairs.find(fair.id()).orElseThrow().staff()).containsExactly("Lan", "Minh", "Hoa");
        assertThat(fairs.all()).extracting(Fair::booth).containsExactly("7-B114");
    }

    @Test
    void possibleDuplicatesAreFoundByEmailByPhoneAndByNameAndCompany() {
        Lead first = leads.save(anna(), CONSENT);
        Lead other = leads.save(new LeadDraft().name("Kenji Sato").company("Sato Shoji").email("k.sato@satoshoji.jp")
                .phone("+81312345678", null), CONSENT);

        assertThat(leads.possibleDuplicates(new LeadDraft().name("A. S.").email("ANNA.SCHMIDT@bioimport.DE")))
                .singleElement().satisfies(d -> {
                    assertThat(d.lead().id()).isEqualTo(first.id());
                    assertThat(d.rules()).containsExactly(PossibleDuplicate.Rule.EMAIL);
                    assertThat(d.lead().fields().products()).containsExactly("p-honey", "p-pepper");
                });
        assertThat(leads.possibleDuplicates(new LeadDraft().name("Someone").phone("+81312345678", "03-1234-5678")))
                .singleElement().satisfies(d -> {
                    assertThat(d.lead().id()).isEqualTo(other.id());
                    assertThat(d.rules()).containsExactly(PossibleDuplicate.Rule.PHONE);
                });
        assertThat(leads.possibleDuplicates(new LeadDraft().name("  anna   SCHMIDT ").company("Bio-Import GmbH.")))
                .singleElement().satisfies(d -> {
                    assertThat(d.lead().id()).isEqualTo(first.id());
                    assertThat(d.rules()).containsExactly(PossibleDuplicate.Rule.NAME_AND_COMPANY);
                });
        // Vietnamese names fold alike with or without marks
        Lead viet = leads.save(new LeadDraft().name("Nguyễn Văn Đức").company("Công ty Hoà Bình"), CONSENT);
        assertThat(leads.possibleDuplicates(new LeadDraft().name("Nguyen Van Duc").company("cong ty hòa binh")))
                .extracting(d -> d.lead().id()).containsExactly(viet.id());
        assertThat(leads.possibleDuplicates(anna())).singleElement().satisfies(d -> assertThat(d.rules())
                .containsExactlyInAnyOrder(PossibleDuplicate.Rule.EMAIL, PossibleDuplicate.Rule.PHONE,
                        PossibleDuplicate.Rule.NAME_AND_COMPANY));
        // the same name at another company, or no company, is not flagged
        assertThat(leads.possibleDuplicates(new LeadDraft().name("Anna Schmidt").company("Rewe"))).isEmpty();
        assertThat(leads.possibleDuplicates(new LeadDraft().name("Anna Schmidt"))).isEmpty();
        // a deleted lead is no duplicate
        db.write(tx -> tx.delete(LeadEntities.LEAD, other.id()));
        assertThat(leads.possibleDuplicates(new LeadDraft().phone("+81312345678", null))).isEmpty();
    }

    @Test
    void theListFiltersByFairProductCountryRatingStatusAndStaff() {
        Fair gulfood = fairs.create(new Fair(null, "Gulfood", "Dubai", "AE", null, null, null, List.of("Hoa")));
        Lead a = leads.save(anna(), CONSENT); // SIAL, Lan, DE, hot, samples_sent, honey + pepper
        Lead b = leads.save(new LeadDraft().staff("Minh").name("Kenji Sato").country("JP").rating("warm")
                .products(List.of("p-honey")), CONSENT); // SIAL, new
        Lead c = leads.save(new LeadDraft().fairId(gulfood.id()).staff("Hoa").name("Omar Haddad").country("AE")
                .rating("hot").status("won"), CONSENT);

        assertThat(ids(LeadFilter.ALL)).containsExactly(c.id(), b.id(), a.id());
        assertThat(ids(LeadFilter.ALL.fair(fair.id()))).containsExactly(b.id(), a.id());
        assertThat(ids(LeadFilter.ALL.product("p-honey"))).containsExactly(b.id(), a.id());
        assertThat(ids(LeadFilter.ALL.product("p-pepper"))).containsExactly(a.id());
        assertThat(ids(LeadFilter.ALL.inCountry("JP"))).containsExactly(b.id());
        assertThat(ids(LeadFilter.ALL.rated("hot"))).containsExactly(c.id(), a.id());
        assertThat(ids(LeadFilter.ALL.inStatus("new"))).containsExactly(b.id());
        assertThat(ids(LeadFilter.ALL.by("Hoa"))).containsExactly(c.id());
        assertThat(ids(LeadFilter.ALL.fair(fair.id()).rated("hot").product("p-honey"))).containsExactly(a.id());
        assertThat(ids(LeadFilter.ALL.fair(gulfood.id()).inCountry("DE"))).isEmpty();
        assertThat(repo.filter(LeadFilter.ALL, 2)).hasSize(2);
        db.write(tx -> tx.delete(LeadEntities.LEAD, b.id()));
        assertThat(ids(LeadFilter.ALL.product("p-honey"))).containsExactly(a.id());
    }

    @Test
    void everyFilterCriterionHasAnIndex() {
        for (String where : List.of("fair_id = 'x'", "country = 'x'", "rating = 'x'", "status = 'x'", "staff = 'x'",
                "email_key = 'x'", "phone_e164 = 'x'", "name_key = 'x' AND company_key = 'y'")) {
            String plan = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("EXPLAIN QUERY PLAN SELECT id FROM lead WHERE "
                        + where)) {
                    StringBuilder sb = new StringBuilder();
                    while (rs.next()) {
                        sb.append(rs.getString(4));
                    }
                    return sb.toString();
                }
            });
            assertThat(plan).as(where).contains("USING INDEX");
        }
    }

    private List<String> ids(LeadFilter f) {
        return repo.filter(f, 100).stream().map(Lead::id).toList();
    }
}
