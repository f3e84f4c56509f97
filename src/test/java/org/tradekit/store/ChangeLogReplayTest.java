package org.tradekit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.catalog.CatalogEntities;
import org.tradekit.catalog.Certification;
import org.tradekit.catalog.DemoData;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.coop.CoopProfile;
import org.tradekit.coop.CoopProfileService;
import org.tradekit.work.Work;

/**
 * Proof that no write path bypasses the change log: after every kind of user action the app
 * offers, replaying the log alone rebuilds every synced table exactly (values and existence),
 * and each device's sequence numbers run 1, 2, 3... with no gap.
 */
class ChangeLogReplayTest {
    @TempDir
    Path dir;

    static final List<EntityType> SYNCED = List.of(CatalogEntities.PRODUCT, CatalogEntities.CERTIFICATION,
            CatalogEntities.TRANSLATION, CatalogEntities.PHOTO, CoopProfileService.ENTITY);

    @Test
    void everyTableEqualsAReplayOfTheLog() throws Exception {
        try (AppContext app = TestContexts.open(dir)) {
            new DemoData(app.database()).generate(40, 7, TestContexts.TODAY, Work.NONE);
            Product tea = app.catalog().save(TestContexts.product("T-1", "Chè Tân Cương", "Tan Cuong tea")
                    .withCertifications(List.of(Certification.of("VietGAP", "VG-1", LocalDate.of(2027, 1, 1)))));
            tea = app.catalog().save(tea.with(ProductField.PRICE_VND, 120_000L).with(ProductField.NAME_EN, null)
                    .withCertifications(List.of(Certification.of("HACCP", "H-9", null))));
            app.catalog().archive(tea.id());
            app.catalog().restore(tea.id());
            app.catalog().delete(tea.id());
            app.catalog().undelete(tea.id());
            app.coopProfile().save(new CoopProfile(null, "HTX Chè Shan Tuyết", "Shan Tuyet Tea Cooperative",
                    "Xã Tả Van", "Hà Giang", "+84 912 345 678", "htx@example.vn", "example.vn", null, "8930001",
                    "trace.example.vn", CoopProfile.VND));
            Path jpeg = dir.resolve("p.png");
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", jpeg.toFile());
            app.productPhotos().add(tea.id(), jpeg, "front");
            Random r = new Random(1);
            for (String id : ids(app, "product")) {
                if (r.nextInt(4) == 0) {
                    app.catalog().delete(id);
                } else if (r.nextInt(3) == 0) {
                    app.catalog().archive(id);
                }
            }
            assertReplayMatches(app.database());
        }
        assertThat(Files.exists(dir.resolve(Database.FILE_NAME))).isTrue();
    }

    static void assertReplayMatches(Database db) {
        db.read(c -> {
            Map<String, Map<String, Object>> replay = new HashMap<>();
            Map<String, Long> cl = new HashMap<>();
            Map<Long, Long> lastSeq = new HashMap<>();
            try (var ps = c.prepareStatement("SELECT origin, origin_seq, entity, row_id, kind, field, value "
                    + "FROM change ORDER BY origin, origin_seq"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long origin = rs.getLong(1);
                    long seq = rs.getLong(2);
                    assertThat(seq).as("gap-free origin_seq").isEqualTo(lastSeq.getOrDefault(origin, 0L) + 1);
                    lastSeq.put(origin, seq);
                    String key = rs.getString(3) + "/" + rs.getString(4);
                    if ("EXIST".equals(rs.getString(5))) {
                        cl.merge(key, rs.getLong(7), Math::max);
                    } else {
                        replay.computeIfAbsent(key, k -> new TreeMap<>()).put(rs.getString(6), rs.getObject(7));
                    }
                }
            }
            int rows = 0;
            for (EntityType t : SYNCED) {
                try (var ps = c.prepareStatement("SELECT id, _cl, " + String.join(", ", t.fields()) + " FROM " + t.table());
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        String key = t.name() + "/" + rs.getString(1);
                        assertThat(cl).as("existence of " + key).containsEntry(key, rs.getLong(2));
                        Map<String, Object> fields = replay.getOrDefault(key, Map.of());
                        for (int i = 0; i < t.fields().size(); i++) {
                            String f = t.fields().get(i);
                            Object actual = rs.getObject(3 + i);
                            Object expected = fields.get(f);
                            assertThat(normal(actual)).as(key + "." + f).isEqualTo(normal(expected));
                        }
                    }
                }
            }
            assertThat(cl.keySet()).as("every logged row is in a table").hasSize(rows);
            return null;
        });
    }

    private static Object normal(Object v) {
        return v instanceof Number n ? (Object) n.doubleValue() : v;
    }

    private static List<String> ids(AppContext app, String table) {
        return app.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT id FROM " + table); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
