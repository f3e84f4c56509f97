package org.tradekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.brochure.BrochureRequest;
import org.tradekit.brochure.BrochureResult;
import org.tradekit.brochure.BrochureType;
import org.tradekit.brochure.DocumentLanguage;
import org.tradekit.brochure.GridLayout;
import org.tradekit.brochure.Paper;
import org.tradekit.brochure.Preflight;
import org.tradekit.brochure.Theme;
import org.tradekit.catalog.Product;
import org.tradekit.work.Work;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit bench brochure}: the time of one spec sheet (p50, p95, max over the first products,
 * each a whole run: read, draw, embed fonts and photo, write), then with {@code --catalogue} the time
 * and size of a catalogue of every active product. Files go to a temporary folder that is deleted.
 */
@Command(name = "brochure", mixinStandardHelpOptions = true)
final class BenchBrochureCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", descriptionKey = "cli.opt.rounds")
    int rounds;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "vi|en|zh|ko|ja", descriptionKey = "cli.opt.brochureLang")
    String lang;

    @Option(names = "--catalogue", descriptionKey = "cli.opt.benchCatalogue")
    boolean catalogue;

    @Option(names = "--layout", defaultValue = "grid2", paramLabel = "grid1|grid2|grid4", descriptionKey = "cli.opt.brochureLayout")
    String layout;

    @Override
    public Integer call() throws IOException {
        RootCommand root = bench.root;
        DocumentLanguage language = DocumentLanguage.of(lang)
                .orElseThrow(() -> new UserError(Cli.REFUSED, "cli.brochure.badOption", "--lang", lang));
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("tradekit-bench-brochure");
        try (AppContext app = root.open()) {
            Preflight all = app.brochures().check(BrochureRequest.of(BrochureType.SPEC, language));
            List<Product> sample = all.products().subList(0, Math.min(rounds, all.products().size()));
            long[] samples = new long[sample.size()];
            app.brochures().generate(app.brochures().check(BrochureRequest.of(BrochureType.SPEC, language)
                    .withSkus(List.of(sample.get(0).sku()))), dir.resolve("warm-up.pdf"), Work.NONE);
            for (int i = 0; i < sample.size(); i++) {
                long t0 = System.nanoTime();
                app.brochures().generate(app.brochures().check(BrochureRequest.of(BrochureType.SPEC, language)
                        .withSkus(List.of(sample.get(i).sku()))), dir.resolve("spec.pdf"), Work.NONE);
                samples[i] = System.nanoTime() - t0;
            }
            Percentiles p = Percentiles.of(samples);
            out.println(root.messages().get("cli.bench.brochure.spec", samples.length, language.code()));
            out.printf("spec_p50_ms=%.1f%nspec_p95_ms=%.1f%nspec_max_ms=%.1f%n", p.p50Ms(), p.p95Ms(), p.maxMs());
            if (catalogue) {
                GridLayout grid = GridLayout.of(layout)
                        .orElseThrow(() -> new UserError(Cli.REFUSED, "cli.brochure.badOption", "--layout", layout));
                BrochureResult r = app.brochures().generate(app.brochures().check(BrochureRequest
                        .of(BrochureType.CATALOGUE, language).withLayout(grid, Paper.A4, Theme.FOREST)),
                        dir.resolve("catalogue.pdf"), Work.NONE);
                out.println(root.messages().get("cli.bench.brochure.catalogue", r.products(), r.pages()));
                out.printf("catalogue_ms=%d%ncatalogue_mb=%.1f%n", r.millis(), r.bytes() / (1024.0 * 1024.0));
            }
            out.flush();
            return 0;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
