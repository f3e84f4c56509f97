package org.tradekit.trace.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tradekit.trace.event.DocumentType;
import org.tradekit.trace.event.EventBatch;
import org.tradekit.trace.event.EventBody;
import org.tradekit.trace.event.EventDraft;
import org.tradekit.trace.event.EventKind;
import org.tradekit.trace.event.EventLine;
import org.tradekit.trace.event.Inspection;
import org.tradekit.trace.event.InspectionCheck;
import org.tradekit.trace.event.Party;
import org.tradekit.trace.event.PartyType;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.lot.LotCodePattern;
import org.tradekit.trace.place.LocationKind;

/**
 * Writes realistic chains into a batch: members' harvests merged by processing, sometimes split
 * into two grades, inspected and stored, packed into lots of packs, then shipped to buyers and
 * fairs and sold, never taking more than a lot holds. Keeps the stock of what it made itself.
 */
final class DemoChains {
    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    /** A lot the chain made and what is left of it. */
    private static final class Held {
        final String id;
        BigDecimal left;

        Held(EventLine line) {
            this.id = line.lot();
            this.left = line.qty();
        }
    }

    private final EventBatch batch;
    private final DemoWorld world;
    private final Random r;
    private final LotCodePattern pattern;
    private final long[] counter;
    int events;
    int lots;

    DemoChains(EventBatch batch, DemoWorld world, Random r, LotCodePattern pattern, long[] counter) {
        this.batch = batch;
        this.world = world;
        this.r = r;
        this.pattern = pattern;
        this.counter = counter;
    }

    /** One chain with about {@code packLots} lots of packs and {@code deliveries} shipments and sales. */
    void chain(DemoWorld.Line line, LocalDate day, int packLots, int deliveries) throws SQLException {
        DemoWorld.Packed packed = line.packed().get(r.nextInt(line.packed().size()));
        double packsWanted = deliveries * 17.0 * 1.3 + packLots;
        double bulkKg = packsWanted * packed.packKg();
        double rawKg = bulkKg;
        for (DemoRecipes.Stage s : line.recipe().stages()) {
            rawKg /= s.yield();
        }
        List<Held> bulk = process(line, harvests(line, day, Math.max(rawKg, line.recipe().harvestKgMin() * 3)), day, true);
        observe(bulk, day.plusDays(5));
        List<Held> packs = new ArrayList<>();
        int perBulk = Math.max(1, packLots / bulk.size());
        for (Held from : bulk) {
            for (int i = 0; i < perBulk; i++) { // even shares of what is left
                long count = from.left.divide(BigDecimal.valueOf(packed.packKg()), 0, RoundingMode.DOWN).longValue()
                        / (perBulk - i);
                if (count > 0) {
                    packs.add(pack(from, packed, List.of(count), day.plusDays(6 + i)).get(0));
                }
            }
        }
        deliver(packs, deliveries, day.plusDays(10));
    }

    /** The big chain: harvests processed into one bulk lot packed into {@code packCount} single packs, many shipped. */
    String bigChain(DemoWorld.Line line, LocalDate day, int packCount) throws SQLException {
        DemoWorld.Packed packed = line.packed().get(0);
        double rawKg = packCount * packed.packKg() * 1.3;
        for (DemoRecipes.Stage s : line.recipe().stages()) {
            rawKg /= s.yield();
        }
        List<Held> harvested = harvests(line, day, rawKg);
        List<Held> bulk = process(line, harvested, day, false);
        observe(bulk, day.plusDays(5));
        List<Held> packs = new ArrayList<>();
        Held from = bulk.get(0);
        for (int made = 0; made < packCount; made += 100) {
            long fits = from.left.divide(BigDecimal.valueOf(packed.packKg()), 0, RoundingMode.DOWN).longValue();
            List<Long> ones = new ArrayList<>();
            for (int i = made; i < Math.min(packCount, made + 100) && ones.size() < fits; i++) {
                ones.add(1L);
            }
            if (ones.isEmpty()) {
                break;
            }
            packs.addAll(pack(from, packed, ones, day.plusDays(6 + made / 1000)));
        }
        for (int s = 0; s + 50 <= packs.size() * 3 / 5; s += 50) {
            EventDraft d = shipment(day.plusDays(20 + s / 200));
            for (Held h : packs.subList(s, s + 50)) {
                d = d.take(h.id, h.left);
                h.left = BigDecimal.ZERO;
            }
            add(d);
        }
        return harvested.get(0).id;
    }

    private List<Held> harvests(DemoWorld.Line line, LocalDate day, double rawKg) throws SQLException {
        int n = 3 + r.nextInt(4);
        List<Held> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DemoWorld.Grower g = line.growers().get(r.nextInt(line.growers().size()));
            BigDecimal kg = kg(rawKg / n * (0.9 + 0.4 * r.nextDouble()));
            Lot lot = newLot(line.rawProductId(), line.recipe().rawSku(), "kg", day).withOrigin(g.memberId(), g.plotId());
            EventBody b = add(EventDraft.of(EventKind.HARVEST, at(day, 6 + r.nextInt(5)))
                    .at(world.place(LocationKind.FARM, r)).by(g.name()).make(lot, kg));
            out.add(new Held(b.outputs().get(0)));
        }
        return out;
    }

    /** Every stage: all lots in, one lot out (the last stage sometimes two grades). */
    private List<Held> process(DemoWorld.Line line, List<Held> lots, LocalDate day, boolean mayGrade) throws SQLException {
        List<Held> current = lots;
        List<DemoRecipes.Stage> stages = line.recipe().stages();
        for (int k = 0; k < stages.size(); k++) {
            DemoRecipes.Stage s = stages.get(k);
            EventDraft d = EventDraft.of(EventKind.PROCESSING, at(day.plusDays(1 + k), 8)).step(s.step())
                    .at(world.place(LocationKind.DRYING_HOUSE, r)).by(staff());
            BigDecimal total = BigDecimal.ZERO;
            for (Held h : current) {
                d = d.take(h.id, h.left);
                total = total.add(h.left);
                h.left = BigDecimal.ZERO;
            }
            BigDecimal out = kg(total.doubleValue() * s.yield());
            String productId = line.stageProductIds().get(k);
            LocalDate made = day.plusDays(1 + k);
            Lot lot = newLot(productId, s.sku(), "kg", made).withDates(made, made.plusDays(540), null);
            if (mayGrade && k == stages.size() - 1 && r.nextInt(3) == 0) {
                BigDecimal first = kg(out.doubleValue() * 0.6);
                d = d.make(lot, first).make(newLot(productId, s.sku(), "kg", made).withDates(made,
                        made.plusDays(540), null), out.subtract(first));
            } else {
                d = d.make(lot, out);
            }
            List<Held> next = new ArrayList<>();
            for (EventLine l : add(d).outputs()) {
                next.add(new Held(l));
            }
            current = next;
        }
        return current;
    }

    private void observe(List<Held> bulk, LocalDate day) throws SQLException {
        boolean passed = r.nextInt(10) > 0;
        add(EventDraft.of(EventKind.INSPECTION, at(day, 9)).at(world.place(LocationKind.DRYING_HOUSE, r)).by(staff())
                .observe(bulk.get(0).id, null)
                .result(Inspection.of(passed, List.of(new InspectionCheck("moisture %", passed ? "8.5" : "14.2", passed),
                        new InspectionCheck("pesticide residue", "not detected", true))))
                .document(DocumentType.CERTIFICATE, "KN-" + (10_000 + r.nextInt(90_000))));
        EventDraft store = EventDraft.of(EventKind.STORAGE, at(day, 15)).at(world.place(LocationKind.WAREHOUSE, r)).by(staff());
        for (Held h : bulk) {
            store = store.observe(h.id, h.left);
        }
        add(store);
    }

    private List<Held> pack(Held from, DemoWorld.Packed packed, List<Long> counts, LocalDate day) throws SQLException {
        EventDraft d = EventDraft.of(EventKind.PACKING, at(day, 8)).at(world.place(LocationKind.WAREHOUSE, r)).by(staff());
        BigDecimal used = BigDecimal.ZERO;
        for (long count : counts) {
            used = used.add(BigDecimal.valueOf(packed.packKg()).multiply(BigDecimal.valueOf(count)));
            d = d.make(newLot(packed.productId(), packed.sku(), "pcs", day).withDates(day, day.plusDays(365), null),
                    BigDecimal.valueOf(count));
        }
        d = d.take(from.id, used);
        from.left = from.left.subtract(used);
        List<Held> out = new ArrayList<>();
        for (EventLine l : add(d).outputs()) {
            out.add(new Held(l));
        }
        return out;
    }

    private void deliver(List<Held> packs, int deliveries, LocalDate from) throws SQLException {
        for (int i = 0; i < deliveries && !packs.isEmpty(); i++) {
            Held h = packs.get(r.nextInt(packs.size()));
            LocalDate day = from.plusDays(i * 90L / Math.max(1, deliveries));
            boolean ship = r.nextInt(5) < 3;
            BigDecimal want = BigDecimal.valueOf(ship ? 5 + r.nextInt(40) : 1 + r.nextInt(5));
            BigDecimal q = want.min(h.left);
            EventDraft d = ship ? shipment(day) : EventDraft.of(EventKind.SALE, at(day, 10 + r.nextInt(8)))
                    .at(world.place(r.nextBoolean() ? LocationKind.SHOP : LocationKind.FAIR_BOOTH, r)).by(staff())
                    .to(Party.of(PartyType.CONSUMER, "Khách lẻ"));
            add(d.take(h.id, q));
            h.left = h.left.subtract(q);
            if (h.left.signum() == 0) {
                packs.remove(h);
            }
        }
    }

    private EventDraft shipment(LocalDate day) {
        boolean fair = r.nextInt(4) == 0;
        Party to = fair ? Party.of(PartyType.FAIR, DemoRecipes.FAIRS[r.nextInt(DemoRecipes.FAIRS.length)])
                : Party.of(PartyType.BUYER, DemoRecipes.BUYERS[r.nextInt(DemoRecipes.BUYERS.length)]);
        int n = 1 + r.nextInt(99_999);
        return EventDraft.of(EventKind.SHIPPING, at(day, 14)).at(world.place(LocationKind.WAREHOUSE, r)).by(staff()).to(to)
                .document(DocumentType.INVOICE, String.format("HD-%05d", n))
                .document(DocumentType.DESPATCH_ADVICE, String.format("PGH-%05d", n));
    }

    private EventBody add(EventDraft d) throws SQLException {
        EventBody b = batch.add(d);
        events++;
        lots += b.outputs().size();
        return b;
    }

    private Lot newLot(String productId, String sku, String unit, LocalDate day) {
        return Lot.of(productId, unit, day).withCode(pattern.format(sku, day, ++counter[0]));
    }

    private String staff() {
        return DemoRecipes.STAFF[r.nextInt(DemoRecipes.STAFF.length)];
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return OffsetDateTime.of(day, LocalTime.of(hour, 0), VIETNAM);
    }

    private static BigDecimal kg(double value) {
        return BigDecimal.valueOf(Math.max(1, Math.round(value * 10)), 1);
    }
}
