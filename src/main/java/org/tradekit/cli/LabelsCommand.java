package org.tradekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.app.DataDirectory;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.label.record.PrintRunDraft;
import org.tradekit.label.record.PrintRunText;
import org.tradekit.label.record.SerialRange;
import org.tradekit.label.run.LabelRunRequest;
import org.tradekit.label.run.LabelRunService;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;
import org.tradekit.label.stock.LabelShape;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit labels --list-templates [QUERY]}: label stock, one a line, name first, then
 * paper, grid and label size ({@code Avery L7160  A4  3x7  63.5x38.1 mm}).
 * {@code tradekit labels --lot LOT --template NAME --count N --out FILE.pdf [--lang vi|en]
 * [--start-at N] [--serials] [--product SKU]}: a run of traceability labels to a PDF.
 */
@Command(name = "labels", mixinStandardHelpOptions = true)
final class LabelsCommand implements Callable<Integer> {
    /** The one layout this command prints so far, as a print run records it. */
    static final String LAYOUT = "trace";

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--list-templates", arity = "0..1", fallbackValue = "", paramLabel = "QUERY",
            descriptionKey = "cli.opt.listTemplates")
    String listTemplates;

    @Option(names = "--lot", paramLabel = "LOT", descriptionKey = "cli.opt.labelLot")
    String lot;

    @Option(names = "--product", paramLabel = "SKU", descriptionKey = "cli.opt.labelProduct")
    String product;

    @Option(names = "--template", paramLabel = "NAME", descriptionKey = "cli.opt.labelTemplate")
    String template;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.opt.labelCount")
    int count;

    @Option(names = "--out", paramLabel = "FILE.pdf", descriptionKey = "cli.opt.labelOut")
    Path out;

    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "cli.opt.labelLang")
    String lang;

    @Option(names = "--start-at", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.opt.labelStartAt")
    int startAt;

    @Option(names = "--serials", descriptionKey = "cli.opt.labelSerials")
    boolean serials;

    @Override
    public Integer call() {
        if (lot != null) {
            return print();
        }
        if (listTemplates == null) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        StockCatalogue catalogue = StockCatalogue.open(DataDirectory.resolve(root.dataDir));
        var hits = catalogue.search(listTemplates);
        for (LabelStock s : hits) {
            out.println(line(s, root.messages()));
        }
        out.flush();
        if (hits.isEmpty()) {
            throw new UserError(Cli.REFUSED, "cli.labels.noTemplates", listTemplates);
        }
        return 0;
    }

    private Integer print() {
        if (template == null || out == null) {
            throw new UserError(2, "cli.labels.needTemplateAndOut"); // like a usage error
        }
        LabelStock stock = StockCatalogue.open(DataDirectory.resolve(root.dataDir)).require(template);
        String language = lang != null ? lang : root.messages().locale().getLanguage();
        try (AppContext app = root.open()) {
            LabelRunService runs = app.labelRuns();
            String lotId = CliLots.lotId(app, lot, product);
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), root.messages());
            long t0 = System.nanoTime();
            SerialRange range = serials ? app.printRuns().reserve(lotId, count) : null;
            LabelRunService.Result r = runs.print(new LabelRunRequest(lotId, stock, count, startAt, language, range), out,
                    new Work(progress, CancelToken.NEVER));
            progress.done();
            // recorded once the PDF exists: a refused or failed run records nothing (decision 0018)
            var run = app.printRuns().record(new PrintRunDraft(lotId, LAYOUT, stock.name(), r.labels(), 1, range, language,
                    r.file().getFileName().toString()));
            Formats f = new Formats(root.messages().locale());
            PrintWriter console = spec.commandLine().getOut();
            console.println(root.messages().get("cli.labels.done", f.integer(r.labels()),
                    f.integer(r.pages()), r.file(), f.megabytes(r.bytes()), (System.nanoTime() - t0) / 1_000_000));
            console.println(root.messages().get("cli.labels.recorded", new PrintRunText(root.messages()).serials(run)));
            return 0;
        }
    }

    static String line(LabelStock s, Messages m) {
        String paper = s.roll() ? m.get("label.stock.roll", s.pageWidth().mmText())
                : s.paper() != null ? s.paper() : s.pageWidth().mmText() + "x" + s.pageHeight().mmText() + " mm";
        return String.join("  ", s.name(), paper, s.grid(), size(s.shape(), m));
    }

    static String size(LabelShape shape, Messages m) {
        String box = shape.width().mmText() + "x" + shape.height().mmText() + " mm";
        if (shape instanceof LabelShape.Round r) {
            return m.get("label.stock.shape.round", r.width().mmText());
        }
        if (shape instanceof LabelShape.Cd cd) {
            return m.get("label.stock.shape.cd", cd.radius().times(2).mmText());
        }
        if (shape instanceof LabelShape.Ellipse) {
            return m.get("label.stock.shape.ellipse", box);
        }
        return box;
    }
}
