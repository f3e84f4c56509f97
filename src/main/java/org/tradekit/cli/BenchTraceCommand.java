package org.tradekit.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.trace.lineage.Lineage;
import org.tradekit.trace.lineage.LotGraph;
import org.tradekit.trace.lineage.LotNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit bench trace}: over the current data (see {@code demo-data --lots N --events N}),
 * the recall latency of harvest lots that went through at least two processing steps, and the
 * lineage query time of the lot with the most downstream lots (the 5,000 packs of the demo's big
 * chain). Prints key=value lines.
 */
@Command(name = "trace", mixinStandardHelpOptions = true)
final class BenchTraceCommand implements Callable<Integer> {
    /** Harvest lots (from a member) whose output was processed again: at least two steps downstream. */
    private static final String DEEP_HARVEST_LOTS = "SELECT DISTINCT e1.parent_id FROM lot_edge e1 "
            + "JOIN lot_edge e2 ON e2.parent_id = e1.child_id JOIN lot l ON l.id = e1.parent_id "
            + "WHERE l.member_id IS NOT NULL AND e1.parent_id NOT IN (SELECT parent_id FROM lot_edge "
            + "GROUP BY parent_id HAVING count(*) > 200) ORDER BY random() LIMIT ?";

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "10", descriptionKey = "cli.opt.rounds")
    int rounds;

    @Option(names = "--lots", defaultValue = "20", descriptionKey = "cli.opt.benchLots")
    int sampleLots;

    @Override
    public Integer call() {
        RootCommand root = bench.root;
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext app = root.open()) {
            long events = app.events().count();
            if (events == 0) {
                throw new UserError(Cli.REFUSED, "cli.bench.trace.noData");
            }
            List<String> harvests = app.database().read(c -> {
                try (var ps = c.prepareStatement(DEEP_HARVEST_LOTS)) {
                    ps.setInt(1, Math.max(1, sampleLots));
                    List<String> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                    return ids;
                }
            });
            String widest = widestHarvestLot(app);
            out.println(root.messages().get("cli.bench.trace.result", events, app.lots().count(), harvests.size(), rounds));
            if (!harvests.isEmpty()) {
                recallFigures(app, harvests, out);
            }
            if (widest != null) {
                lineageFigures(app, widest, out);
            }
            epcisExportFigure(app, out);
            out.flush();
            return 0;
        }
    }

    private void recallFigures(AppContext app, List<String> lots, PrintWriter out) {
        long deliveries = 0;
        for (String id : lots) { // warm up caches and the JIT
            deliveries += app.recalls().recall(id).deliveries().size();
        }
        long[] samples = new long[lots.size() * rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String id : lots) {
                long t0 = System.nanoTime();
                app.recalls().recall(id);
                samples[i++] = System.nanoTime() - t0;
            }
        }
        Percentiles p = Percentiles.of(samples);
        out.printf("recall_lots=%d%nrecall_avg_deliveries=%d%nrecall_p50_ms=%.2f%nrecall_p95_ms=%.2f%nrecall_max_ms=%.2f%n",
                lots.size(), deliveries / lots.size(), p.p50Ms(), p.p95Ms(), p.maxMs());
    }

    private void lineageFigures(AppContext app, String lotId, PrintWriter out) {
        Lineage first = app.lineage().lineage(lotId);
        long[] samples = new long[Math.max(1, rounds)];
        for (int r = 0; r < samples.length; r++) {
            long t0 = System.nanoTime();
            app.lineage().lineage(lotId);
            samples[r] = System.nanoTime() - t0;
        }
        long t0 = System.nanoTime();
        LotGraph down = app.lineage().downstream(lotId);
        long downNanos = System.nanoTime() - t0;
        t0 = System.nanoTime();
        int recalled = app.recalls().recall(lotId).deliveries().size();
        long recallNanos = System.nanoTime() - t0;
        Percentiles p = Percentiles.of(samples);
        out.printf("lineage_lot=%s%nlineage_downstream_lots=%d%nlineage_upstream_lots=%d%nlineage_deliveries=%d%n"
                + "lineage_p50_ms=%.2f%nlineage_p95_ms=%.2f%ndownstream_only_ms=%.2f%nwide_recall_ms=%.2f%nwide_recall_deliveries=%d%n",
                first.lot().code(), down.size(), first.upstream().size(), first.deliveries().size(), p.p50Ms(), p.p95Ms(),
                downNanos / 1e6, recallNanos / 1e6, recalled);
    }

    /**
     * The harvest lot upstream of the lot that feeds the most links (the demo's big chain: one
     * harvest lot, thousands of packs), or null when there are no links.
     */
    private static String widestHarvestLot(AppContext app) {
        String widest = app.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT parent_id FROM lot_edge GROUP BY parent_id ORDER BY count(*) DESC LIMIT 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        if (widest == null) {
            return null;
        }
        return app.lineage().upstream(widest).lots().values().stream().filter(LotNode::fromMember).map(LotNode::lotId)
                .sorted().findFirst().orElse(widest);
    }

    /**
     * EPCIS EXPORT HOOK: the figure "EPCIS export of 100,000 events at most 10 s with heap
     * use flat" goes here once org.tradekit.trace.epcis has its streaming writer: time an export of
     * the first 100,000 events (EventRepository.forEachBetween) to a temporary file and print
     * epcis_export_ms and the heap used before and after.
     */
    /**
     * The newest 100,000 events (or all there are) as EPCIS to a null stream: time, events per
     * second, bytes, and the heap in use after the export next to the JVM's maximum (run with a small
     * -Xmx to see that it stays flat).
     */
    private static void epcisExportFigure(AppContext app, PrintWriter out) {
        long[] range = app.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT event_ms FROM trace_event ORDER BY event_ms DESC LIMIT 1 OFFSET 99999");
                    var rs = ps.executeQuery()) {
                long from = rs.next() ? rs.getLong(1) : Long.MIN_VALUE / 2;
                try (var ps2 = c.prepareStatement("SELECT max(event_ms) FROM trace_event"); var rs2 = ps2.executeQuery()) {
                    rs2.next();
                    return new long[] {from, rs2.getLong(1) + 1};
                }
            }
        });
        Runtime rt = Runtime.getRuntime();
        long[] bytes = {0};
        java.io.OutputStream sink = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        long[] peak = {0};
        org.tradekit.work.Work work = new org.tradekit.work.Work(p -> peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory()),
                org.tradekit.work.CancelToken.NEVER);
        long t0 = System.nanoTime();
        long n;
        try {
            n = app.epcisExporter().exportRange(java.time.Instant.ofEpochMilli(range[0]), java.time.Instant.ofEpochMilli(range[1]),
                    sink, work);
        } catch (org.tradekit.trace.TraceException e) {
            out.println("epcis_export_ms=not_measured (" + e.key() + ")");
            return;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.printf("epcis_export_events=%d%nepcis_export_ms=%d%nepcis_export_mb=%.1f%nepcis_export_heap_peak_mb=%.1f%n"
                + "epcis_export_heap_max_mb=%.1f%n", n, ms, bytes[0] / 1e6, peak[0] / 1e6, rt.maxMemory() / 1e6);
    }
}
