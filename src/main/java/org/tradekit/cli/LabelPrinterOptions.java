package org.tradekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tradekit.app.DataDirectory;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;
import org.tradekit.print.printer.Calibration;
import org.tradekit.print.printer.CalibrationGrid;
import org.tradekit.print.printer.Calibrations;
import org.tradekit.print.printer.Measurement;
import org.tradekit.print.printer.PdfPrinter;
import org.tradekit.print.printer.Printers;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Work;

import picocli.CommandLine.Option;

/**
 * The printer side of {@code tradekit labels} (a mixin, so the command's other options stay apart):
 * {@code --printer NAME} sends a run to a system printer with its saved calibration,
 * {@code --list-printers}, {@code --calibration-grid} (to a printer or a PDF) and
 * {@code --calibrate} (saves a printer's calibration for a stock from what was measured on the grid).
 */
final class LabelPrinterOptions {
    @Option(names = "--printer", paramLabel = "NAME", descriptionKey = "cli.opt.labelPrinter")
    String printer;

    @Option(names = "--list-printers", descriptionKey = "cli.opt.listPrinters")
    boolean listPrinters;

    @Option(names = "--calibration-grid", descriptionKey = "cli.opt.calibrationGrid")
    boolean grid;

    @Option(names = "--calibrate", descriptionKey = "cli.opt.calibrate")
    boolean calibrate;

    @Option(names = "--offset-x", paramLabel = "MM", descriptionKey = "cli.opt.offsetX")
    Double offsetX;

    @Option(names = "--offset-y", paramLabel = "MM", descriptionKey = "cli.opt.offsetY")
    Double offsetY;

    @Option(names = "--bar-x", paramLabel = "MM", descriptionKey = "cli.opt.barX")
    Double barX;

    @Option(names = "--bar-y", paramLabel = "MM", descriptionKey = "cli.opt.barY")
    Double barY;

    /** Runs the printer action asked for, or returns empty when none was. */
    Optional<Integer> run(RootCommand root, PrintWriter out, PrintWriter err, String template, Path pdf) {
        if (listPrinters) {
            return Optional.of(listPrinters(root.messages(), out));
        }
        if (grid) {
            return Optional.of(grid(root, out, err, template, pdf));
        }
        if (calibrate) {
            return Optional.of(calibrate(root, out, template));
        }
        return Optional.empty();
    }

    private static int listPrinters(Messages m, PrintWriter out) {
        List<String> names = Printers.names();
        Optional<String> dflt = Printers.defaultName();
        for (String n : names) {
            out.println(dflt.filter(n::equals).isPresent() ? m.get("cli.labels.defaultPrinter", n) : n);
        }
        out.flush();
        if (names.isEmpty()) {
            throw new UserError(Cli.REFUSED, "print.printer.error.none");
        }
        return 0;
    }

    private int grid(RootCommand root, PrintWriter out, PrintWriter err, String template, Path pdf) {
        if (template == null || pdf == null && printer == null) {
            throw new UserError(2, "cli.labels.gridNeeds");
        }
        LabelStock stock = catalogue(root).require(template);
        if (printer != null) {
            Printers.requireReady(Printers.find(printer)); // before any file is made
        }
        String printerName = printer != null ? printer : root.messages().get("print.grid.anyPrinter");
        return withPdf(pdf, "tradekit-grid", file -> {
            CalibrationGrid.write(stock, printerName, root.messages(), file);
            if (pdf != null) {
                out.println(root.messages().get("cli.labels.gridWritten", stock.name(), file));
            }
            if (printer != null) { // the printer's own error is what the grid measures: no calibration
                send(root.messages(), out, err, file, stock, Calibration.IDENTITY, "Trade Kit " + stock.name());
            }
        });
    }

    private int calibrate(RootCommand root, PrintWriter out, String template) {
        if (printer == null || template == null || offsetX == null || offsetY == null) {
            throw new UserError(2, "cli.labels.calibrateNeeds");
        }
        LabelStock stock = catalogue(root).require(template);
        Printers.find(printer); // a typo would save a calibration no printer uses
        Calibration cal = CalibrationGrid.calibration(stock, new Measurement(offsetX, offsetY, barX, barY));
        Calibrations store = new Calibrations(DataDirectory.resolve(root.dataDir));
        store.save(printer, stock.name(), cal);
        out.println(root.messages().get("cli.labels.calibrated", printer, stock.name(), cal.describe(root.messages()),
                store.file()));
        out.flush();
        return 0;
    }

    /**
     * Prints a label run's PDF to {@link #printer} with the calibration saved for it and this
     * stock, and says what was sent.
     */
    void printRun(RootCommand root, PrintWriter out, PrintWriter err, Path file, LabelStock stock, String jobName) {
        Calibration cal = new Calibrations(DataDirectory.resolve(root.dataDir)).get(printer, stock.name());
        send(root.messages(), out, err, file, stock, cal, jobName);
    }

    private void send(Messages m, PrintWriter out, PrintWriter err, Path file, LabelStock stock, Calibration cal,
            String jobName) {
        ConsoleProgress progress = new ConsoleProgress(err, m);
        PdfPrinter.Result r = new PdfPrinter().print(file, printer, cal, jobName, new Work(progress, CancelToken.NEVER));
        progress.done();
        out.println(m.get("cli.labels.printed", new Formats(m.locale()).integer(r.pages()), r.printer(), stock.name(),
                cal.isIdentity() ? m.get("print.calibration.none") : cal.describe(m)));
        out.flush();
    }

    /** Checks the printer before any work: an unknown or stopped printer is said before the PDF is made. */
    void requirePrinter() {
        Printers.requireReady(Printers.find(printer));
    }

    /** Work on {@code pdf}, or on a temporary PDF deleted afterwards when none was given. */
    static int withPdf(Path pdf, String prefix, PdfWork work) {
        Path file = pdf;
        try {
            if (file == null) {
                file = Files.createTempFile(prefix, ".pdf");
            }
            work.on(file);
            return 0;
        } catch (IOException e) {
            throw new UserError(Cli.STORE_ERROR, "store.error.io", String.valueOf(file), e.getMessage());
        } finally {
            if (pdf == null && file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file in the system's temp folder: the system clears it
                }
            }
        }
    }

    @FunctionalInterface
    interface PdfWork {
        void on(Path file) throws IOException;
    }

    private static StockCatalogue catalogue(RootCommand root) {
        return StockCatalogue.open(DataDirectory.resolve(root.dataDir));
    }
}
