package org.tradekit.label.ui;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tradekit.i18n.LocalizedException;
import org.tradekit.i18n.Messages;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.trace.ui.Notice;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.RunningTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * Printing the chosen run on a system printer, and the calibration wizard: print the test grid,
 * type what was measured on it, save. The run is printed to a temporary PDF first (the same file
 * Save as PDF writes), then sent with the printer's calibration for the stock.
 */
public final class LabelPrintViewModel {
    /** The wizard's steps; CLOSED when it is not shown. */
    public enum Step {
        CLOSED, PRINT_GRID, MEASURE, DONE
    }

    private final LabelsViewModel run;
    private final LabelPrinting printing;
    private final RecordedRun recorded;
    private final TaskRunner tasks;
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final StringProperty printer = new SimpleStringProperty(this, "printer");
    private final BooleanProperty calibrated = new SimpleBooleanProperty(this, "calibrated");
    private final ObjectProperty<RunningTask> printingTask = new SimpleObjectProperty<>(this, "printingTask");
    private final ObjectProperty<Notice> printed = new SimpleObjectProperty<>(this, "printed");
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.CLOSED);
    private final StringProperty rightMm = new SimpleStringProperty(this, "rightMm", "0");
    private final StringProperty downMm = new SimpleStringProperty(this, "downMm", "0");
    private final StringProperty barXMm = new SimpleStringProperty(this, "barXMm", "");
    private final StringProperty barYMm = new SimpleStringProperty(this, "barYMm", "");
    private final ObjectProperty<Notice> wizardNotice = new SimpleObjectProperty<>(this, "wizardNotice");
    private final IntegerProperty busy = new SimpleIntegerProperty(this, "busy");
    private Messages gridMessages = Messages.of("en");

    public LabelPrintViewModel(LabelsViewModel run, LabelPrinting printing, TaskRunner tasks) {
        this.run = run;
        this.printing = printing;
        this.recorded = run.recorded();
        this.tasks = tasks;
        printer.addListener((o, a, b) -> checkCalibration());
        run.stockProperty().addListener((o, a, b) -> checkCalibration());
    }

    /** Reads the printers (the spooler can take a moment); keeps the chosen one if it is still there. */
    public void loadPrinters() {
        tasks.run(BackgroundTask.of("label.ui.task.printers", w -> new Printers(printing.printers(),
                printing.defaultPrinter().orElse(null))).hidden().onSuccess(found -> {
                    printers.setAll(found.names());
                    if (printer.get() == null || !found.names().contains(printer.get())) {
                        printer.set(found.preferred() != null && found.names().contains(found.preferred()) ? found.preferred()
                                : found.names().isEmpty() ? null : found.names().get(0));
                    }
                }).onExpected(LocalizedException.class, e -> printed.set(LabelsViewModel.failed(e))));
    }

    private record Printers(List<String> names, String preferred) {
    }

    private void checkCalibration() {
        String p = printer.get();
        LabelStock s = run.stockProperty().get();
        if (p == null || s == null) {
            calibrated.set(false);
            return;
        }
        tasks.run(BackgroundTask.of("label.ui.task.calibration", w -> printing.calibrated(p, s)).hidden().onSuccess(yes -> {
            if (p.equals(printer.get()) && s == run.stockProperty().get()) {
                calibrated.set(yes);
            }
        }).onExpected(LocalizedException.class, e -> calibrated.set(false)));
    }

    /**
     * Prints the run as chosen on the chosen printer, in the background with progress and cancel:
     * the same PDF Save as PDF writes, to a temporary file, then recorded against its lot.
     */
    public void print() {
        RunChoice choice = run.choice();
        String p = printer.get();
        if (choice == null || p == null || printingTask.get() != null) {
            return;
        }
        printed.set(null);
        boolean[] finished = {false};
        RunningTask task = tasks.run(BackgroundTask.of("label.ui.task.print", w -> {
            Path dir = Files.createTempDirectory("tradekit-print");
            Path pdf = dir.resolve(jobName(choice) + ".pdf"); // the printer queue shows the file's name
            try {
                return recorded.run(choice, pdf, p, (file, work) -> printing.print(file, p, choice.stock(), work), w);
            } finally {
                Files.deleteIfExists(pdf);
                Files.deleteIfExists(dir);
            }
        }, p).onSuccess(d -> printed.set(LabelsViewModel.done("label.ui.printed", "label.ui.printedSerials", d, p)))
                .onCancelled(() -> printed.set(new Notice(true, "label.ui.printCancelled", List.of(p))))
                .onExpected(LocalizedException.class, e -> printed.set(LabelsViewModel.failed(e)))
                .onFinally(() -> {
                    finished[0] = true;
                    printingTask.set(null);
                }));
        if (!finished[0]) {
            printingTask.set(task);
        }
    }

    /** The lots' codes ("TEA-LEAF-261102-1", "TEA-1 + 2 more"), so a queue of jobs says which is which; a merge: "labels". */
    static String jobName(RunChoice choice) {
        if (choice.lines().isEmpty() || choice.lines().get(0).lotCode() == null) {
            return "labels";
        }
        String first = choice.lines().get(0).lotCode().replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return choice.lines().size() == 1 ? first : first + "+" + (choice.lines().size() - 1);
    }

    public void cancelPrint() {
        RunningTask t = printingTask.get();
        if (t != null) {
            t.cancel();
        }
    }

    /** Opens the wizard at its first step. */
    public void startCalibration(Messages messages) {
        gridMessages = messages; // the grid's words in the language of the screen that asked for it
        wizardNotice.set(null);
        rightMm.set("0");
        downMm.set("0");
        barXMm.set("");
        barYMm.set("");
        step.set(Step.PRINT_GRID);
    }

    public void closeCalibration() {
        step.set(Step.CLOSED);
    }

    /** Prints the test grid, uncorrected, on the chosen printer; then asks for the measurements. */
    public void printGrid() {
        String p = printer.get();
        LabelStock s = run.stockProperty().get();
        if (p == null || s == null) {
            return;
        }
        wizardNotice.set(null);
        busy.set(busy.get() + 1);
        Messages m = gridMessages;
        tasks.run(BackgroundTask.of("label.ui.task.grid", w -> {
            printing.printGrid(s, p, m, w);
            return p;
        }, p).onSuccess(x -> {
            wizardNotice.set(new Notice(false, "label.ui.calibrate.gridPrinted", List.of(p)));
            step.set(Step.MEASURE);
        }).onExpected(LocalizedException.class, e -> wizardNotice.set(LabelsViewModel.failed(e)))
                .onFinally(() -> busy.set(busy.get() - 1)));
    }

    /** Measured without printing the grid again (it was printed before). */
    public void skipToMeasure() {
        wizardNotice.set(null);
        step.set(Step.MEASURE);
    }

    /** Saves the calibration from what was typed; a number it cannot read is said beside the form, nothing saved. */
    public void saveCalibration() {
        String p = printer.get();
        LabelStock s = run.stockProperty().get();
        if (p == null || s == null) {
            return;
        }
        LabelPrinting.Measured measured;
        try {
            measured = new LabelPrinting.Measured(mm(rightMm.get(), false), mm(downMm.get(), false),
                    optionalMm(barXMm.get()), optionalMm(barYMm.get()));
        } catch (NumberFormatException e) {
            wizardNotice.set(new Notice(true, "label.ui.calibrate.notANumber", List.of(e.getMessage())));
            return;
        }
        wizardNotice.set(null);
        busy.set(busy.get() + 1);
        tasks.run(BackgroundTask.of("label.ui.task.calibrate", w -> {
            printing.calibrate(p, s, measured);
            return p;
        }, p).onSuccess(x -> {
            calibrated.set(true);
            wizardNotice.set(new Notice(false, "label.ui.calibrate.saved", List.of(p, s.name())));
            step.set(Step.DONE);
        }).onExpected(LocalizedException.class, e -> wizardNotice.set(LabelsViewModel.failed(e)))
                .onFinally(() -> busy.set(busy.get() - 1)));
    }

    /** A length as typed: a decimal point or comma, a sign; no thousands separators (0,5 and 0.5 are half a millimetre). */
    static double mm(String text, boolean blankAllowed) {
        String t = text == null ? "" : text.strip().replace(',', '.').replace('−', '-');
        if (t.isEmpty() && blankAllowed) {
            return Double.NaN;
        }
        try {
            return new BigDecimal(t).doubleValue();
        } catch (NumberFormatException e) {
            throw new NumberFormatException(text == null ? "" : text.strip());
        }
    }

    private static Double optionalMm(String text) {
        double v = mm(text, true);
        return Double.isNaN(v) ? null : v;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public StringProperty printerProperty() {
        return printer;
    }

    /** Whether the chosen printer has a saved calibration for the chosen stock. */
    public BooleanProperty calibratedProperty() {
        return calibrated;
    }

    public ObjectProperty<RunningTask> printingTaskProperty() {
        return printingTask;
    }

    public ObjectProperty<Notice> printedProperty() {
        return printed;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public StringProperty rightMmProperty() {
        return rightMm;
    }

    public StringProperty downMmProperty() {
        return downMm;
    }

    public StringProperty barXMmProperty() {
        return barXMm;
    }

    public StringProperty barYMmProperty() {
        return barYMm;
    }

    public ObjectProperty<Notice> wizardNoticeProperty() {
        return wizardNotice;
    }

    /** Above zero while the wizard waits for the printer or the store. */
    public IntegerProperty busyProperty() {
        return busy;
    }
}
