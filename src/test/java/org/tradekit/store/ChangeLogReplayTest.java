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
import org.tradekit.trace.TraceFixture;
import org.tradekit.trace.chain.DeviceKeys;
import org.tradekit.trace.demo.TraceDemoData;
import org.tradekit.trace.event.EventBody;
import org.tradekit.trace.event.EventCodec;
import org.tradekit.trace.event.EventProjection;
import org.tradekit.trace.lot.LotEntities;
import org.tradekit.trace.member.MemberEntities;
import org.tradekit.trace.place.LocationService;
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
            CatalogEntities.TRANSLATION, CatalogEntities.PHOTO, CoopProfileService.ENTITY, MemberEntities.MEMBER,
            MemberEntities.PLOT, LocationService.ENTITY, LotEntities.LOT, LotEntities.SETTING, DeviceKeys.PUBLISHED);

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
            traceActions(app);
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

    /** Every traceability write path: master data edits, demo chains, a hand-recorded event, a correction. */
    private static void traceActions(AppContext app) {
        TraceFixture f = new TraceFixture(app);
        new TraceDemoData(app.database(), app.eventRecorder(), app.lotCodeSettings()).generate(60, 400, 30, 3,
                TestContexts.TODAY, Work.NONE);
        app.members().save(f.mai.withCertifications("VietGAP VG-77"));
        app.members().savePlot(f.paoPlot.withId(f.paoPlot.id()));
        app.members().deletePlot(f.sinhPlot.id());
        app.members().delete(f.sinh.id());
        app.locations().save(app.locations().find(f.farm).orElseThrow().withGln("9520000000011"));
        app.lotCodeSettings().setPattern("{SKU}/{yyMMdd}/{nn}");
        String lot = f.harvest(f.mai, f.maiPlot, 42, 0);
        app.lotService().save(app.lotService().find(lot).orElseThrow().withNotes("ẩm, phơi thêm").withCode("MAI-1"));
        app.lotService().setStatus(lot, org.tradekit.trace.lot.LotStatus.ON_HOLD);
        var sale = app.eventRecorder().record(org.tradekit.trace.event.EventDraft.of(
                org.tradekit.trace.event.EventKind.SALE, TraceFixture.at(1, 9)).take(lot, 2));
        app.eventRecorder().declareError(sale.id(), org.tradekit.trace.event.ErrorReason.INCORRECT_DATA, TraceFixture.at(1, 10),
                null, null, List.of(org.tradekit.trace.event.EventDraft.of(org.tradekit.trace.event.EventKind.SALE,
                        TraceFixture.at(1, 9)).take(lot, 1.5)));
    }

    /**
     * Events: each has exactly one EVENT change carrying its exact bytes and signature, its row's
     * columns are read from those bytes, and the derived tables equal what the logged bodies imply.
     */
    static void assertEventsReplay(Database db) {
        db.read(c -> {
            Map<String, byte[]> bodies = new java.util.LinkedHashMap<>();
            Map<String, String> seals = new HashMap<>();
            try (var ps = c.prepareStatement("SELECT entity, row_id, field, value FROM change WHERE kind = 'EVENT' "
                    + "ORDER BY origin, origin_seq"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getString(1)).isEqualTo("trace_event");
                    assertThat(bodies.put(rs.getString(2), rs.getBytes(4))).as("one EVENT change per event").isNull();
                    seals.put(rs.getString(2), rs.getString(3));
                }
            }
            int rows = 0;
            try (var ps = c.prepareStatement("SELECT id, body, signature, device_id, seq, kind, event_time, place_id, hash "
                    + "FROM trace_event"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    String id = rs.getString(1);
                    assertThat(rs.getBytes(2)).as("body of " + id).isEqualTo(bodies.get(id));
                    assertThat(java.util.Base64.getEncoder().encodeToString(rs.getBytes(3))).isEqualTo(seals.get(id));
                    EventBody b = EventCodec.read(bodies.get(id));
                    assertThat(List.of(rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), String.valueOf(rs.getString(8))))
                            .isEqualTo(List.of(b.device(), b.seq(), b.kind(), b.time(), String.valueOf(b.place())));
                    assertThat(rs.getBytes(9)).isEqualTo(Sha256.digest().digest(bodies.get(id)));
                }
            }
            assertThat(rows).isEqualTo(bodies.size()).isPositive();
            List<String> movements = new ArrayList<>();
            List<String> edges = new ArrayList<>();
            List<String> retractions = new ArrayList<>();
            for (var e : bodies.entrySet()) {
                EventBody b = EventCodec.read(e.getValue());
                var d = EventProjection.of(b, id -> EventCodec.read(bodies.get(id)));
                d.movements().forEach(m -> movements.add(String.join("|", m.lotId(), b.id(), m.role(), String.valueOf(m.quantity()),
                        String.valueOf(m.partyType()), String.valueOf(m.partyName()))));
                d.edges().forEach(x -> edges.add(String.join("|", x.parentId(), x.childId(), b.id(), x.step())));
                if (d.retracts() != null) {
                    retractions.add(d.retracts().event() + "|" + b.id() + "|" + d.retracts().reason());
                }
            }
            assertThat(strings(c, "SELECT lot_id || '|' || event_id || '|' || role || '|' || quantity || '|' || "
                    + "coalesce(party_type, 'null') || '|' || coalesce(party_name, 'null') FROM lot_movement"))
                    .containsExactlyInAnyOrderElementsOf(movements);
            assertThat(strings(c, "SELECT parent_id || '|' || child_id || '|' || event_id || '|' || step FROM lot_edge"))
                    .containsExactlyInAnyOrderElementsOf(edges);
            assertThat(strings(c, "SELECT event_id || '|' || declaration_id || '|' || reason FROM event_retraction"))
                    .containsExactlyInAnyOrderElementsOf(retractions).isNotEmpty();
            return null;
        });
    }

    private static List<String> strings(java.sql.Connection c, String sql) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (var ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static void assertReplayMatches(Database db) {
        assertEventsReplay(db);
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
                    if ("EVENT".equals(rs.getString(5))) {
                        continue; // checked by assertEventsReplay
                    }
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
