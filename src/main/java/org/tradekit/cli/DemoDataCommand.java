package org.tradekit.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.catalog.DemoData;
import org.tradekit.lead.demo.DemoLeads;
import org.tradekit.trace.demo.TraceDemoData;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tradekit demo-data --products N [--leads N]}: adds realistic demo products (and trace chains, fair leads). */
@Command(name = "demo-data", mixinStandardHelpOptions = true)
final class DemoDataCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--products", paramLabel = "N", defaultValue = "100", descriptionKey = "cli.opt.products")
    int products;

    @Option(names = "--seed", defaultValue = "20261123", descriptionKey = "cli.opt.seed")
    long seed;

    @Option(names = "--lots", paramLabel = "N", defaultValue = "0", descriptionKey = "cli.opt.demoLots")
    int lots;

    @Option(names = "--events", paramLabel = "N", defaultValue = "0", descriptionKey = "cli.opt.demoEvents")
    int events;

    @Option(names = "--big-lot-packs", paramLabel = "N", defaultValue = "-1", descriptionKey = "cli.opt.bigLotPacks")
    int bigLotPacks;

    @Option(names = "--leads", paramLabel = "N", defaultValue = "0", descriptionKey = "cli.opt.demoLeads")
    int leads;
    @Option(names = "--photos", descriptionKey = "cli.opt.demoPhotos")
    boolean photos;

    @Option(names = "--translations", descriptionKey = "cli.opt.demoTranslations")
    boolean translations;

    @Override
    public Integer call() {
        try (AppContext app = root.open()) {
            long t0 = System.nanoTime();
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
            int n = new DemoData(app.database()).generate(products, seed, LocalDate.now(root.clock()),
                    new Work(progress, org.tradekit.work.CancelToken.NEVER));
            progress.done();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            spec.commandLine().getOut().println(root.messages().get("cli.demo.done", n, ms, app.dataDir()));
            DemoBrochureData.add(app, photos, translations, seed, spec.commandLine(), root.messages());
            if (lots > 0 || events > 0) {
                int big = bigLotPacks >= 0 ? bigLotPacks : events >= 50_000 ? 5_000 : 0;
                ConsoleProgress traceProgress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
                TraceDemoData.Result r = new TraceDemoData(app.database(), app.eventRecorder(), app.lotCodeSettings())
                        .generate(Math.max(lots, 1), events, big, seed, LocalDate.now(root.clock()),
                                new Work(traceProgress, org.tradekit.work.CancelToken.NEVER));
                traceProgress.done();
                demoTraceDomain(app);
                spec.commandLine().getOut().println(root.messages().get("cli.demo.traceDone", r.events(), r.lots(),
                        r.members(), r.millis()));
                if (r.bigHarvestLotId() != null) {
                    spec.commandLine().getOut().println(root.messages().get("cli.demo.bigLot",
                            app.lots().find(r.bigHarvestLotId()).orElseThrow().code(), r.bigLotPacks()));
                }
            }
            if (leads > 0) {
                ConsoleProgress leadProgress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
                DemoLeads.Result r = new DemoLeads(app.database()).generate(leads, seed, LocalDate.now(root.clock()),
                        new Work(leadProgress, org.tradekit.work.CancelToken.NEVER));
                leadProgress.done();
                spec.commandLine().getOut().println(root.messages().get("cli.demo.leadsDone", r.leads(), r.fairs(),
                        r.duplicates(), r.millis()));
            }
            return 0;
        }
    }

    /** Demo chains get a demo traceability domain when none is set, so links and EPCIS exports work on them. */
    private static void demoTraceDomain(AppContext app) {
        org.tradekit.coop.CoopProfile p = app.coopProfile().load().orElse(org.tradekit.coop.CoopProfile.empty());
        if (p.traceDomain() == null) {
            app.coopProfile().save(new org.tradekit.coop.CoopProfile(p.id(), p.nameVi() == null ? "HTX Demo" : p.nameVi(), p.nameEn(), p.address(), p.province(),
                    p.phone(), p.email(), p.website(), p.logoSha256(), p.gs1Prefix(), "truyxuat.example.vn", p.currency()));
        }
    }
}
