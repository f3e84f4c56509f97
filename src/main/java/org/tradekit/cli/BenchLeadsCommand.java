package org.tradekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.catalog.DemoData;
import org.tradekit.i18n.Messages;
import org.tradekit.lead.Consent;
import org.tradekit.lead.Fair;
import org.tradekit.lead.LeadDraft;
import org.tradekit.lead.LeadFilter;
import org.tradekit.lead.card.CardImages;
import org.tradekit.lead.demo.DemoLeads;
import org.tradekit.lead.io.LeadRows;
import org.tradekit.store.Select;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tradekit bench leads [--leads 50000]}: the lead figures of issue 5 on this machine. A data
 * directory with N demo leads is built once and reused; then saving a lead as the capture screen
 * does (duplicates probe, then save: one transaction), filtering the list (first page and count)
 * and decoding a business-card QR code from a 12-megapixel photo are timed, each against its target.
 */
@Command(name = "leads", mixinStandardHelpOptions = true)
final class BenchLeadsCommand implements Callable<Integer> {
    static final double SAVE_P95_MS = 20;
    static final double FILTER_MS = 50;
    static final double QR_MS = 1000;
    private static final int PAGE = org.tradekit.lead.LeadRepository.LIST_PAGE; // what the After the fair list reads

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--leads", paramLabel = "N", defaultValue = "50000", descriptionKey = "cli.opt.benchLeads")
    int leads;

    @Option(names = "--saves", paramLabel = "N", defaultValue = "500", descriptionKey = "cli.opt.benchSaves")
    int saves;

    @Option(names = "--bench-dir", paramLabel = "DIR", descriptionKey = "cli.opt.benchDir")
    Path benchDir;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", descriptionKey = "cli.opt.rounds")
    int rounds;

    @Override
    public Integer call() throws IOException {
        RootCommand root = bench.root;
        Messages m = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = benchDir != null ? benchDir
                : Path.of(System.getProperty("java.io.tmpdir"), "tradekit-bench-leads-" + leads);
        LocalDate today = LocalDate.now(root.clock());
        try (AppContext app = AppContext.openWithoutDailyBackup(dir, root.clock())) {
            long have = app.leadRepository().count();
            if (have < leads) {
                out.println(m.get("cli.bench.leads.building", leads, dir));
                out.flush();
                if (app.products().count() == 0) {
                    new DemoData(app.database()).generate(200, 20261123, today, Work.NONE);
                }
                ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), m);
                new DemoLeads(app.database()).generate((int) (leads - have), 20261123 + have, today,
                        new Work(progress, CancelToken.NEVER));
                progress.done();
            }
            out.println(m.get("cli.bench.leads.data", app.leadRepository().count(), dir));
            saves(app, out, m);
            filters(app, out, m);
        }
        qr(dir, out, m);
        out.flush();
        return 0;
    }

    private void saves(AppContext app, PrintWriter out, Messages m) {
        int n = Math.max(500, saves);
        Random r = new Random(7);
        Consent consent = new Consent("follow-up", "I agree to be contacted after the fair.", "bench", null);
        for (int i = 0; i < 50; i++) { // warm up the JIT and SQLite's page cache
            capture(app, DemoLeads.draft(r), consent);
        }
        long[] samples = new long[n];
        for (int i = 0; i < n; i++) {
            LeadDraft d = DemoLeads.draft(r);
            long t0 = System.nanoTime();
            capture(app, d, consent);
            samples[i] = System.nanoTime() - t0;
        }
        out.println(m.get("cli.bench.leads.save", n));
        Percentiles p = Percentiles.of(samples);
        out.printf("  p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f target_p95_ms=%.0f %s%n", p.p50Ms(), p.p95Ms(),
                p.p99Ms(), p.maxMs(), SAVE_P95_MS, verdict(m, p.p95Ms() <= SAVE_P95_MS));
    }

    /** What the capture screen does on Enter: looks for the same person, then saves (one transaction). */
    private static void capture(AppContext app, LeadDraft d, Consent consent) {
        app.leads().possibleDuplicates(d);
        app.leads().save(d, consent);
    }

    private void filters(AppContext app, PrintWriter out, Messages m) {
        Fair fair = app.fairs().current().orElseGet(() -> app.fairs().all().get(0));
        String product = app.database().read(c -> Select.on(c).list("SELECT product_id FROM lead_product "
                + "WHERE _cl % 2 = 1 GROUP BY product_id ORDER BY count(*) DESC LIMIT 1", rs -> rs.getString(1)))
                .stream().findFirst().orElse(null);
        Map<String, LeadFilter> filters = new LinkedHashMap<>();
        filters.put("all", LeadFilter.ALL);
        filters.put("fair", LeadFilter.ALL.fair(fair.id()));
        filters.put("product", LeadFilter.ALL.product(product));
        filters.put("country", LeadFilter.ALL.inCountry("VN"));
        filters.put("rating", LeadFilter.ALL.rated("hot"));
        filters.put("status", LeadFilter.ALL.inStatus("new"));
        filters.put("staff", LeadFilter.ALL.by("Mai"));
        filters.put("combined", LeadFilter.ALL.fair(fair.id()).inCountry("VN").rated("hot").inStatus("new"));
        filters.put("search", LeadFilter.ALL); // with the text below, as typed in the list's search field
        out.println(m.get("cli.bench.leads.filter", app.leadRepository().count()));
        for (Map.Entry<String, LeadFilter> e : filters.entrySet()) {
            String text = e.getKey().equals("search") ? "nguyen" : null;
            for (int i = 0; i < 3; i++) {
                app.leadRepository().page(e.getValue(), text, PAGE);
            }
            long[] page = new long[Math.max(1, rounds)];
            long matched = 0;
            for (int i = 0; i < page.length; i++) {
                long t0 = System.nanoTime();
                matched = app.leadRepository().page(e.getValue(), text, PAGE).total();
                page[i] = System.nanoTime() - t0;
            }
            Percentiles p = Percentiles.of(page);
            out.printf("  %-8s matched=%d p50_ms=%.2f p95_ms=%.2f target_ms=%.0f %s%n", e.getKey(), matched, p.p50Ms(),
                    p.p95Ms(), FILTER_MS, verdict(m, p.p95Ms() <= FILTER_MS));
        }
    }

    private void qr(Path dir, PrintWriter out, Messages m) throws IOException {
        Path photo = dir.resolve("bench-card-photo.jpg");
        if (!Files.exists(photo)) {
            BenchCardPhoto.write(photo, 42);
        }
        CardImages.decode(photo); // warm up
        int runs = 5;
        long[] samples = new long[runs];
        boolean read = true;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            List<String> found = CardImages.decode(photo);
            samples[i] = System.nanoTime() - t0;
            read &= found.contains(BenchCardPhoto.VCARD);
        }
        Percentiles p = Percentiles.of(samples);
        out.println(m.get("cli.bench.leads.qr", BenchCardPhoto.WIDTH, BenchCardPhoto.HEIGHT, runs));
        out.printf("  read=%s p50_ms=%.0f max_ms=%.0f target_ms=%.0f %s%n", read, p.p50Ms(), p.maxMs(), QR_MS,
                verdict(m, read && p.maxMs() <= QR_MS));
    }

    private static String verdict(Messages m, boolean met) {
        return m.get(met ? "cli.bench.leads.met" : "cli.bench.leads.missed");
    }
}
