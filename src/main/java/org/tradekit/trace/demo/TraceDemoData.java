package org.tradekit.trace.demo;

import java.time.LocalDate;
import java.util.Random;

import org.tradekit.store.Database;
import org.tradekit.trace.event.EventBatch;
import org.tradekit.trace.event.EventRecorder;
import org.tradekit.trace.lot.LotCodePattern;
import org.tradekit.trace.lot.LotCodeSettings;
import org.tradekit.work.Work;

/**
 * Realistic traceability demo data: members and places, then chains from harvests through
 * processing (merging and splitting lots), packing and deliveries, signed and chained like any
 * event. Written in transactions of about {@value #CHUNK} events (one chain never split), so a
 * million events take minutes, not hours; cancelling keeps the chunks already written.
 */
public final class TraceDemoData {
    static final int CHUNK = 2_000;
    /** Lots of packs per ordinary chain. */
    static final int PACK_LOTS = 6;

    /** What was made; {@code bigHarvestLotId} is a harvest lot with {@code bigLotPacks} packs downstream (or null). */
    public record Result(int members, long lots, long events, String bigHarvestLotId, int bigLotPacks, long millis) {
    }

    private final Database db;
    private final EventRecorder recorder;
    private final LotCodeSettings codes;

    public TraceDemoData(Database db, EventRecorder recorder, LotCodeSettings codes) {
        this.db = db;
        this.recorder = recorder;
        this.codes = codes;
    }

    /**
     * @param lots        about how many lots to make
     * @param events      about how many events to record (at least what the lots need)
     * @param bigLotPacks packs made from one harvest lot by a separate chain (0 for none): the lineage worst case
     */
    public Result generate(int lots, int events, int bigLotPacks, long seed, LocalDate today, Work work) {
        long t0 = System.nanoTime();
        Random r = new Random(seed);
        recorder.prepareKey();
        LotCodePattern pattern = codes.pattern();
        long[] counter = {db.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM lot"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        })};
        int members = Math.max(12, Math.min(5_000, lots / 20));
        DemoWorld world = db.write(tx -> DemoWorld.make(tx, members, r));
        int ordinaryLots = Math.max(0, lots - bigLotPacks);
        int chains = Math.max(ordinaryLots > 0 ? 1 : 0, (int) Math.round(ordinaryLots / (7.0 + PACK_LOTS)));
        int perChain = chains == 0 ? 0 : Math.max(2, (int) Math.round((double) Math.max(0, events - bigLotPacks / 40)
                / chains - 8.4 - PACK_LOTS));
        long[] made = {0, 0};
        String big = null;
        if (bigLotPacks > 0) {
            big = db.write(tx -> {
                EventBatch batch = recorder.batch(tx);
                DemoChains w = new DemoChains(batch, world, r, pattern, counter);
                String id = w.bigChain(world.lines.get(0), today.minusDays(200), bigLotPacks);
                batch.finish();
                made[0] += w.lots;
                made[1] += w.events;
                return id;
            });
        }
        int[] done = {0};
        while (done[0] < chains) {
            work.cancel().check();
            work.report(made[1], Math.max(events, made[1]), "trace.demo.progress", made[1], events);
            db.write(tx -> {
                EventBatch batch = recorder.batch(tx);
                DemoChains w = new DemoChains(batch, world, r, pattern, counter);
                while (w.events < CHUNK && done[0] < chains) {
                    DemoWorld.Line line = world.lines.get(done[0] % world.lines.size());
                    w.chain(line, today.minusDays(130 + r.nextInt(590)), PACK_LOTS, perChain);
                    done[0]++;
                }
                batch.finish();
                made[0] += w.lots;
                made[1] += w.events;
                return null;
            });
        }
        work.report(made[1], made[1], "trace.demo.progress", made[1], made[1]);
        return new Result(members, made[0], made[1], big, bigLotPacks, (System.nanoTime() - t0) / 1_000_000);
    }
}
