package org.tradekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

import org.tradekit.app.AppContext;
import org.tradekit.brochure.BrochureRequest;
import org.tradekit.brochure.BrochureResult;
import org.tradekit.brochure.BrochureType;
import org.tradekit.brochure.DocumentLanguage;
import org.tradekit.brochure.FairPack;
import org.tradekit.brochure.Preflight;
import org.tradekit.i18n.Messages;
import org.tradekit.lead.Fair;
import org.tradekit.text.Fold;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit fair-pack --fair NAME --langs en,zh [--products all|SKU,...] [--layout ...] [--paper ...]
 * [--theme ...] --out DIR}: the catalogue, price list and spec sheets in each language for a fair
 * recorded in Trade Kit (see {@link FairPack}).
 */
@Command(name = "fair-pack", mixinStandardHelpOptions = true)
final class FairPackCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    BrochureOptions options;

    @Option(names = "--fair", required = true, paramLabel = "NAME", descriptionKey = "cli.opt.packFair")
    String fair;

    @Option(names = "--langs", required = true, split = ",", paramLabel = "en,zh", descriptionKey = "cli.opt.packLangs")
    List<String> langs;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.opt.packOut")
    Path out;

    @Override
    public Integer call() {
        Messages m = root.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<DocumentLanguage> languages = new ArrayList<>(new LinkedHashSet<>(langs.stream()
                .map(l -> DocumentLanguage.of(l).orElseThrow(() -> BrochureOptions.bad("--langs", l))).toList()));
        BrochureRequest template = options.apply(BrochureRequest.of(BrochureType.CATALOGUE, DocumentLanguage.EN));
        try (AppContext app = root.open()) {
            String key = Fold.key(fair);
            Fair f = app.fairs().all().stream().filter(x -> Fold.key(x.name()).equals(key)).findFirst()
                    .orElseThrow(() -> new UserError(Cli.REFUSED, "cli.fairPack.noFair", fair));
            template = template.withPrices(app.coopProfile().load().map(p -> p.currency()).orElse("VND"), 0, null, false);
            FairPack pack = new FairPack(app.brochures());
            List<Preflight> pre = pack.check(FairPack.requests(template, f.name(), f.starts(), f.ends(), languages));
            for (Preflight p : pre) {
                if (p.request().type() == BrochureType.CATALOGUE) { // once per language
                    BrochureOptions.printMissing(stdout, m, p);
                }
            }
            ConsoleProgress progress = new ConsoleProgress(err, m);
            List<BrochureResult> results = BrochureCommand.Cancellable.run(cancel -> pack.make(pre, out,
                    new Work(progress, cancel)));
            progress.done();
            for (BrochureResult r : results) {
                BrochureOptions.printResult(stdout, err, m, r);
            }
            stdout.flush();
            err.flush();
            return 0;
        } catch (CancellationException e) {
            err.println(m.get("cli.brochure.cancelled"));
            return Cli.REFUSED;
        }
    }
}
