package org.tradekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.tradekit.app.AppContext;
import org.tradekit.app.DataDirectory;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.label.record.PrintRun;
import org.tradekit.label.record.PrintRunDraft;
import org.tradekit.label.record.PrintRunText;
import org.tradekit.label.record.SerialRange;
import org.tradekit.label.run.CsvLabels;
import org.tradekit.label.run.LabelCheckException;
import org.tradekit.label.run.LabelDesign;
import org.tradekit.label.run.LabelLayout;
import org.tradekit.label.run.LabelPdf;
import org.tradekit.label.run.LabelRunException;
import org.tradekit.label.run.LabelRunRequest;
import org.tradekit.label.run.LabelRunService;
import org.tradekit.label.run.LabelSeries;
import org.tradekit.label.run.LabelWarning;
import org.tradekit.print.codes.QrErrorCorrection;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;
import org.tradekit.label.stock.LabelShape;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;
import org.tradekit.print.Fonts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tradekit labels --list-templates [QUERY]}: label stock, one a line, name first, then
 * paper, grid and label size ({@code Avery L7160  A4  3x7  63.5x38.1 mm}).
 * {@code tradekit labels --lot LOT --template NAME --count N --out FILE.pdf [--lang vi|en]
 * [--start-at N] [--serials] [--product SKU] [--layout trace|price|retail|carton] [--fields a,b]
 * [--logo] [--per-carton N] [--ec L|M|Q|H] [--copies N] [--printer NAME]}: a run of a lot's labels to a PDF and/or a printer;
 * {@code --lot A --count 10 --lot B --count 5} prints several lots in one run, each with its own serials and record.
 * {@code tradekit labels --csv FILE --template NAME --out FILE.pdf}: one label per CSV row.
 * Both check the run first ({@code --dpi N}, {@code --market eu}) and print the warnings on stderr;
 * {@code --strict} refuses the run when there are any. The printer options ({@code --list-printers},
 * {@code --calibration-grid}, {@code --calibrate}) live in {@link LabelPrinterOptions}.
 */
@Command(name = "labels", mixinStandardHelpOptions = true)
final class LabelsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--list-templates", arity = "0..1", fallbackValue = "", paramLabel = "QUERY",
            descriptionKey = "cli.opt.listTemplates")
    String listTemplates;

    /** Repeated for several lots in one run, each paired in order with its --count (see {@link RunLots}). */
    @Option(names = "--lot", paramLabel = "LOT", descriptionKey = "cli.opt.labelLot")
    List<String> lots;

    @Option(names = "--product", paramLabel = "SKU", descriptionKey = "cli.opt.labelProduct")
    List<String> products;

    @Option(names = "--template", paramLabel = "NAME", descriptionKey = "cli.opt.labelTemplate")
    String template;

    @Option(names = "--count", paramLabel = "N", descriptionKey = "cli.opt.labelCount")
    List<Integer> counts;

    @Option(names = "--out", paramLabel = "FILE.pdf", descriptionKey = "cli.opt.labelOut")
    Path out;

    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "cli.opt.labelLang")
    String lang;

    @Option(names = "--start-at", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.opt.labelStartAt")
    int startAt;

    @Option(names = "--serials", descriptionKey = "cli.opt.labelSerials")
    boolean serials;

    @Option(names = "--csv", paramLabel = "FILE", descriptionKey = "cli.opt.labelCsv")
    Path csv;

    @Option(names = "--layout", paramLabel = "NAME", defaultValue = "trace", descriptionKey = "cli.opt.labelLayout")
    String layout;

    @Option(names = "--fields", paramLabel = "a,b,c", split = ",", descriptionKey = "cli.opt.labelFields")
    List<String> fields;

    @Option(names = "--logo", descriptionKey = "cli.opt.labelLogo")
    boolean logo;

    @Option(names = "--per-carton", paramLabel = "N", descriptionKey = "cli.opt.labelPerCarton")
    Integer perCarton;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300", descriptionKey = "cli.opt.labelDpi")
    int dpi;

    @Option(names = "--market", paramLabel = "vn|eu", defaultValue = "vn", descriptionKey = "cli.opt.labelMarket")
    String market;

    @Option(names = "--strict", descriptionKey = "cli.opt.labelStrict")
    boolean strict;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.opt.labelCopies")
    int copies;

    @Option(names = "--ec", paramLabel = "L|M|Q|H", defaultValue = "M", descriptionKey = "cli.opt.labelEc")
    String ec;

    @Mixin
    LabelPrinterOptions printing;

    @Override
    public Integer call() {
        var printerAction = printing.run(root, spec.commandLine().getOut(), spec.commandLine().getErr(), template, out);
        if (printerAction.isPresent()) {
            return printerAction.get();
        }
        if (lots != null || csv != null) {
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
        if (template == null || out == null && printing.printer == null) {
            throw new UserError(2, "cli.labels.needTemplateAndOut"); // like a usage error
        }
        if (!"vn".equals(market) && !"eu".equals(market)) {
            throw new UserError(2, "cli.labels.badMarket", market);
        }
        if (copies < 1 || copies > LabelSeries.MAX_COPIES) {
            throw new UserError(2, "label.run.error.copies", copies, LabelSeries.MAX_COPIES);
        }
        List<RunLots.Lot> wanted = csv != null ? List.of() : RunLots.pair(lots, counts, products);
        Fonts.warmUp();
        LabelStock stock = StockCatalogue.open(DataDirectory.resolve(root.dataDir)).require(template);
        String language = lang != null ? lang : root.messages().locale().getLanguage();
        LabelDesign design = LabelDesign.of(LabelLayout.named(layout)).withFields(fields).withLogo(logo)
                .withPerCarton(perCarton).withCheck(dpi, "eu".equals(market), strict).withErrorCorrection(errorCorrection());
        if (printing.printer != null) {
            printing.requirePrinter(); // an unknown or stopped printer is said before the run is drawn
        }
        try (AppContext app = csv == null || logo ? root.open() : null) { // a merge needs the data only for the logo
            LabelPdf engine = app != null ? app.labelRuns().pdf() : new LabelPdf(LabelPdf.NO_LOGO);
            // each lot its own series and serials, one after another on the same sheets
            List<String> lotIds = new ArrayList<>();
            List<SerialRange> ranges = new ArrayList<>();
            List<LabelRunRequest> requests = new ArrayList<>();
            for (RunLots.Lot l : wanted) {
                String lotId = CliLots.lotId(app, l.code(), l.sku());
                if (lotIds.contains(lotId)) {
                    throw new UserError(2, "cli.labels.lotTwice", l.code()); // its serials would be planned twice
                }
                SerialRange range = serials ? app.printRuns().reserve(lotId, l.count()) : null; // plans only: writes nothing
                lotIds.add(lotId);
                ranges.add(range);
                requests.add(new LabelRunRequest(lotId, stock, l.count(), startAt, language, range, copies));
            }
            LabelSeries series = csv != null ? csvSeries(design).copies(copies)
                    : app.labelRuns().series(requests, design, wanted.stream().map(RunLots.Lot::code).toList());
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter console = spec.commandLine().getOut();
            return LabelPrinterOptions.withPdf(out, "tradekit-labels", file -> {
                ConsoleProgress progress = new ConsoleProgress(err, root.messages());
                long t0 = System.nanoTime();
                LabelRunService.Result r;
                try {
                    r = engine.write(series, stock, startAt, design, file, new Work(progress, CancelToken.NEVER), ws -> warn(err, ws));
                } catch (LabelCheckException e) {
                    warn(err, e.warnings());
                    throw e;
                }
                progress.done();
                if (out != null) {
                    Formats f = new Formats(root.messages().locale());
                    console.println(root.messages().get("cli.labels.done", r.labels(), r.pages(), r.file(), f.megabytes(r.bytes()), (System.nanoTime() - t0) / 1_000_000));
                }
                if (copies > 1) {
                    Formats f = new Formats(root.messages().locale());
                    console.println(root.messages().get("cli.labels.copies", f.integer(r.labels() / copies), f.integer(copies),
                            f.integer(r.labels())));
                }
                if (printing.printer != null) {
                    printing.printRun(root, console, err, r.file(), stock, "Trade Kit " + (csv == null ? String.join(", ", lots) : csv.getFileName()));
                }
                if (!lotIds.isEmpty()) { // recorded once the PDF exists or the spooler took it: a refused or failed run records nothing (0018)
                    record(app, console, design, stock, language, wanted, lotIds, ranges);
                }
            });
        }
    }

    /** One print run record per lot, all with the same destination, in one transaction. */
    private void record(AppContext app, PrintWriter console, LabelDesign design, LabelStock stock, String language,
            List<RunLots.Lot> wanted, List<String> lotIds, List<SerialRange> ranges) {
        String destination = printing.printer != null ? printing.printer : out.getFileName().toString();
        List<PrintRunDraft> drafts = new ArrayList<>();
        for (int i = 0; i < lotIds.size(); i++) {
            drafts.add(new PrintRunDraft(lotIds.get(i), design.layout().id(), stock.name(), wanted.get(i).count(), copies,
                    ranges.get(i), language, destination));
        }
        List<PrintRun> runs = app.printRuns().record(drafts);
        PrintRunText text = new PrintRunText(root.messages());
        for (int i = 0; i < runs.size(); i++) {
            console.println(runs.size() == 1 ? root.messages().get("cli.labels.recorded", text.serials(runs.get(i)))
                    : root.messages().get("cli.labels.recordedLot", wanted.get(i).code(), text.serials(runs.get(i))));
        }
    }

    /** The QR codes' error correction, said as a letter in either case. */
    private QrErrorCorrection errorCorrection() {
        for (QrErrorCorrection level : QrErrorCorrection.values()) {
            if (level.name().equalsIgnoreCase(ec.strip())) {
                return level;
            }
        }
        throw new UserError(2, "cli.labels.badEc", ec);
    }

    private void warn(PrintWriter err, List<LabelWarning> warnings) {
        for (LabelWarning w : warnings) {
            err.println(root.messages().get("cli.labels.warning", w.message(root.messages())));
        }
        err.flush();
    }

    /** A CSV merge lays each row out with the QR arrangement of the trace layout; its fields are the file's columns. */
    private LabelSeries csvSeries(LabelDesign design) {
        if (design.layout() != LabelLayout.TRACE) {
            throw new UserError(2, "cli.labels.csvLayout", design.layout().id());
        }
        try {
            return CsvLabels.read(csv, fields, logo);
        } catch (LabelRunException e) {
            throw new UserError(Cli.BAD_INPUT, e.key(), e.args());
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
