package org.tradekit.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.store.Database;
import org.tradekit.store.Select;

class LeadErasureTest {
    @TempDir
    Path dir;
    Database db;
    LeadService leads;
    LeadRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve(Database.FILE_NAME), TestContexts.CLOCK, f -> { });
        FairService fairs = new FairService(db);
        Fair fair = fairs.create(new Fair(null, "SIAL Paris", "Paris", "FR", LocalDate.of(2026, 10, 18), null, "7-B112",
                List.of("Lan")));
        fairs.setCurrent(fair.id());
        leads = new LeadService(db, TestContexts.CLOCK);
        repo = new LeadRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static LeadDraft anna() {
        return new LeadDraft().staff("Lan").name("Anna Schmidt").company("Bio Import GmbH").jobTitle("Head buyer")
                .country("DE").email("anna.schmidt@bioimport.de").phone("+4930123456", "030 123456")
                .messaging("whatsapp", "annaschmidt.bio").rating("hot").notes("Met Anna Schmidt at the tasting")
                .rawCard("BEGIN:VCARD\nFN:Anna Schmidt\nEMAIL:anna.schmidt@bioimport.de\nEND:VCARD");
    }

    @Test
    void erasureLeavesNoTraceOfThePersonInAnyTableNotEvenTheChangeLog() {
        Lead first = leads.save(anna(), LeadStoreTest.CONSENT);
        Lead again = leads.save(anna().email("ANNA.Schmidt@BioImport.de").notes("second visit"), LeadStoreTest.CONSENT);
        db.write(tx -> tx.update(LeadEntities.LEAD, again.id(), java.util.Map.of("notes", "Anna Schmidt asked for 2 t")));
        db.write(tx -> tx.delete(LeadEntities.LEAD, again.id())); // merged away earlier: its data is still stored
        Lead kenji = leads.save(new LeadDraft().name("Kenji Sato").email("k.sato@satoshoji.jp").country("JP").rating("warm"),
                LeadStoreTest.CONSENT);
        List<String> needles = List.of("schmidt", "bioimport", "bio import", "4930123456", "030 123456", "annaschmidt",
                "head buyer", "tasting");
        assertThat(traces(needles)).as("before erasure").isNotEmpty(); // the scan finds what is there

        assertThat(leads.erase(" Anna.Schmidt@bioimport.DE ")).isEqualTo(2);

        assertThat(traces(needles)).isEmpty();
        assertThat(repo.find(first.id())).isEmpty();
        assertThat(repo.find(kenji.id()).orElseThrow().fields().email()).isEqualTo("k.sato@satoshoji.jp");
        assertThat(repo.count()).isEqualTo(1);
        // what sync ships: the erased leads end tombstoned and blank; the anonymous facts stay for the statistics
        assertThat(db.<List<String>>read(c -> Select.on(c).list("SELECT country || '/' || rating || '/' || (_cl % 2) "
                + "FROM lead WHERE id = ?", rs -> rs.getString(1), first.id()))).containsExactly("DE/hot/0");
        assertThat(db.<List<Long>>read(c -> Select.on(c).list("SELECT count(*) FROM change WHERE entity = 'lead' "
                + "AND row_id = ? AND kind = 'SET' AND field = 'email' AND value IS NULL", rs -> rs.getLong(1),
                first.id()))).containsExactly(2L); // the blanked original and the erasing SET
        assertThat(leads.erase("nobody@example.com")).isZero();
    }

    @Test
    void anAddressThatIsNotAnEmailIsRefused() {
        assertThatThrownBy(() -> leads.erase("anna")).isInstanceOfSatisfying(LeadException.class,
                e -> assertThat(e.key()).isEqualTo("lead.error.email"));
    }

    /** "table.column: value" for every stored value, in every table, holding one of the needles. */
    private List<String> traces(List<String> needles) {
        return db.read(c -> {
            List<String> found = new ArrayList<>();
            List<String> tables = Select.on(c).list("SELECT name FROM sqlite_master WHERE type = 'table'",
                    rs -> rs.getString(1));
            for (String t : tables) {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            String text = v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(v);
                            String lower = text.toLowerCase(Locale.ROOT);
                            if (needles.stream().anyMatch(lower::contains)) {
                                found.add(t + "." + rs.getMetaData().getColumnName(i) + ": " + text);
                            }
                        }
                    }
                }
            }
            return found;
        });
    }

    @Test
    void erasureDeletesTheCardPhotoThatNothingElseUsesAndKeepsOneAProductShows() {
        org.tradekit.photo.PhotoStore photos = new org.tradekit.photo.PhotoStore(dir);
        LeadService withPhotos = new LeadService(db, TestContexts.CLOCK, photos);
        String card = photos.put("Anna's card, photographed at the booth".getBytes(StandardCharsets.UTF_8));
        String shared = photos.put("a photo that is also a product's".getBytes(StandardCharsets.UTF_8));
        withPhotos.save(anna().cardPhoto(card), LeadStoreTest.CONSENT);
        withPhotos.save(new LeadDraft().name("Anna S.").email("anna.schmidt@bioimport.de").cardPhoto(shared),
                LeadStoreTest.CONSENT);
        withPhotos.save(new LeadDraft().name("Kenji Sato").email("k.sato@satoshoji.jp").cardPhoto(card),
                LeadStoreTest.CONSENT); // the same photo on another person's lead (two cards in one shot)
        db.write(tx -> {
            tx.insert(org.tradekit.catalog.CatalogEntities.PRODUCT, "p1", java.util.Map.of("sku", "TEA"));
            tx.insert(org.tradekit.catalog.CatalogEntities.PHOTO, "ph1", java.util.Map.of("product_id", "p1", "sha256", shared,
                    "position", 0));
            return null;
        });

        assertThat(withPhotos.erase("anna.schmidt@bioimport.de")).isEqualTo(2);
        assertThat(photos.contains(card)).as("Kenji's lead still shows it").isTrue();
        assertThat(photos.contains(shared)).as("a product shows it").isTrue();

        assertThat(withPhotos.erase("k.sato@satoshoji.jp")).isEqualTo(1);
        assertThat(photos.contains(card)).as("no one refers to it any more").isFalse();
        assertThat(photos.contains(shared)).isTrue();
    }
}
