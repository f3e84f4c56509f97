package org.tradekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.tradekit.app.AppContext;
import org.tradekit.brochure.BrochureRequest;
import org.tradekit.brochure.BrochureResult;
import org.tradekit.brochure.BrochureType;
import org.tradekit.brochure.DocumentLanguage;
import org.tradekit.brochure.Preflight;
import org.tradekit.i18n.Messages;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit brochure --type catalogue|spec|pricelist --lang vi|en|zh|ko|ja [--products all|SKU,...]
 * [--layout grid1|grid2|grid4] [--paper a4|a5] [--theme forest|river|clay] [--colour #RRGGBB]
 * [--fair NAME] [--fair-date DATE] [--currency VND|USD] [--usd-rate N] [--valid-until DATE]
 * [--export-price] --out FILE.pdf}: lists the products without a translation in the document's
 * language first (they are shown in English, marked), then writes the PDF with progress on stderr;
 * Ctrl+C cancels and leaves no half-written file.
 */
@Command(name = "brochure", mixinStandardHelpOptions = true)
final class BrochureCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    BrochureOptions options;

    @Option(names = "--type", required = true, paramLabel = "catalogue|spec|pricelist", descriptionKey = "cli.opt.brochureType")
    String type;

    @Option(names = "--lang", required = true, paramLabel = "vi|en|zh|ko|ja", descriptionKey = "cli.opt.brochureLang")
    String lang;

    @Option(names = "--fair", paramLabel = "NAME", descriptionKey = "cli.opt.brochureFair")
    String fair;

    @Option(names = "--fair-date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.brochureFairDate")
    LocalDate fairDate;

    @Option(names = "--currency", paramLabel = "VND|USD", descriptionKey = "cli.opt.brochureCurrency")
    String currency;

    @Option(names = "--usd-rate", defaultValue = "0", paramLabel = "VND", descriptionKey = "cli.opt.brochureUsdRate")
    long usdRate;

    @Option(names = "--valid-until", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.brochureValidUntil")
    LocalDate validUntil;

    @Option(names = "--export-price", descriptionKey = "cli.opt.brochureExportPrice")
    boolean exportPrice;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "cli.opt.brochureOut")
    Path out;

    @Override
    public Integer call() {
        Messages m = root.messages();
        BrochureRequest request = request();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext app = root.open()) {
            if (currency == null) { // the cooperative's own currency
                request = request.withPrices(app.coopProfile().load().map(p -> p.currency()).orElse("VND"), usdRate,
                        validUntil, exportPrice);
            }
            Preflight pre = app.brochures().check(request);
            BrochureOptions.printMissing(stdout, m, pre);
            ConsoleProgress progress = new ConsoleProgress(err, m);
            BrochureResult r = Cancellable.run(cancel -> app.brochures().generate(pre, out, new Work(progress, cancel)));
            progress.done();
            BrochureOptions.printResult(stdout, err, m, r);
            stdout.flush();
            err.flush();
            return 0;
        } catch (CancellationException e) {
            err.println(m.get("cli.brochure.cancelled"));
            return Cli.REFUSED;
        }
    }

    private BrochureRequest request() {
        BrochureType t = BrochureType.of(type).orElseThrow(() -> BrochureOptions.bad("--type", type));
        DocumentLanguage l = DocumentLanguage.of(lang).orElseThrow(() -> BrochureOptions.bad("--lang", lang));
        String cur = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (cur != null && !cur.equals("VND") && !cur.equals("USD")) {
            throw BrochureOptions.bad("--currency", currency);
        }
        return options.apply(BrochureRequest.of(t, l)).withFair(fair, fairDate).withPrices(cur, usdRate, validUntil,
                exportPrice);
    }

    /**
     * Runs work that Ctrl+C cancels: the shutdown hook flips the token and waits (a few seconds at
     * most) for the work to unwind, so its temporary file is removed before the JVM exits.
     */
    static final class Cancellable {
        interface Job<T> {
            T run(CancelToken cancel);
        }

        private Cancellable() {
        }

        static <T> T run(Job<T> job) {
            CancelToken cancel = new CancelToken();
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                cancel.cancel();
                try {
                    finished.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                return job.run(cancel);
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl+C: the hook is running and now returns
                }
            }
        }
    }
}
