package org.tradekit.label.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.Observable;
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
import org.tradekit.label.run.LabelDesign;
import org.tradekit.label.run.LabelLayout;
import org.tradekit.label.run.LabelPreview;
import org.tradekit.label.record.PrintRuns;
import org.tradekit.label.run.LabelRunService;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;
import org.tradekit.print.codes.QrErrorCorrection;
import org.tradekit.trace.lot.LotRow;
import org.tradekit.trace.ui.LotsViewModel;
import org.tradekit.trace.ui.Notice;
import org.tradekit.ui.common.Debouncer;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.RunningTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The Labels screen's state: the lot (found as on the Traceability screen), the stock, how many
 * labels, their language, serials, and where on a partly used sheet to start. Every change asks
 * for a new preview of the run's first page (debounced; the latest wins); saving writes the whole
 * run in the background with progress and cancel.
 */
public final class LabelsViewModel {
    static final int DEFAULT_COUNT = 21;
    static final int DEFAULT_PER_CARTON = 12;
    /** Thermal label printers print at 203 or 300 dpi, office lasers at 600. */
    static final List<Integer> PRINTER_DPIS = List.of(203, 300, 600);

    private final LotsViewModel lots;
    private final Supplier<StockCatalogue> stockCatalogue;
    private final RecordedRun recorded;
    private final LabelPreview previews;
    private final TaskRunner tasks;
    private final Debouncer previewDebouncer;
    private final StringProperty stockQuery = new SimpleStringProperty(this, "stockQuery", "");
    private final ObservableList<LabelStock> stocks = FXCollections.observableArrayList();
    private final BooleanProperty stockLoading = new SimpleBooleanProperty(this, "stockLoading", true);
    private final ObjectProperty<LabelStock> stock = new SimpleObjectProperty<>(this, "stock");
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", DEFAULT_COUNT);
    private final ObservableList<RunChoice.Line> runLots = FXCollections.observableArrayList();
    private final IntegerProperty copies = new SimpleIntegerProperty(this, "copies", 1);
    private final IntegerProperty startAt = new SimpleIntegerProperty(this, "startAt", 1);
    private final StringProperty language = new SimpleStringProperty(this, "language", "vi");
    private final BooleanProperty serials = new SimpleBooleanProperty(this, "serials", false);
    private final ObjectProperty<LabelLayout> layout = new SimpleObjectProperty<>(this, "layout", LabelLayout.TRACE);
    private final IntegerProperty perCarton = new SimpleIntegerProperty(this, "perCarton", DEFAULT_PER_CARTON);
    private final ObjectProperty<QrErrorCorrection> errorCorrection = new SimpleObjectProperty<>(this, "errorCorrection",
            QrErrorCorrection.DEFAULT);
    private final LabelRunService runs;
    private final ObservableList<String> fields = FXCollections.observableArrayList(LabelLayout.TRACE.fields(null));
    private final BooleanProperty logo = new SimpleBooleanProperty(this, "logo", false);
    private final BooleanProperty logoAvailable = new SimpleBooleanProperty(this, "logoAvailable", false);
    private final IntegerProperty dpi = new SimpleIntegerProperty(this, "dpi", LabelDesign.DEFAULT_DPI);
    private final BooleanProperty eu = new SimpleBooleanProperty(this, "eu", false);
    private final ObjectProperty<LabelPreview.Page> preview = new SimpleObjectProperty<>(this, "preview");
    private final ObjectProperty<Notice> previewProblem = new SimpleObjectProperty<>(this, "previewProblem");
    private final BooleanProperty previewing = new SimpleBooleanProperty(this, "previewing");
    private final ObjectProperty<RunningTask> saving = new SimpleObjectProperty<>(this, "saving");
    private final ObjectProperty<Notice> saved = new SimpleObjectProperty<>(this, "saved");
    private long stockSearchNo;
    private long previewNo;

    /**
     * @param stockCatalogue the catalogue of label stock, read afresh for each search (the user's
     *                       own templates live in a file another screen or the CLI may change)
     */
    public LabelsViewModel(LotsViewModel lots, Supplier<StockCatalogue> stockCatalogue, LabelRunService runs,
            PrintRuns printRuns, TaskRunner tasks, Debouncer stockDebouncer, Debouncer previewDebouncer) {
        this.lots = lots;
        this.stockCatalogue = stockCatalogue;
        this.runs = runs;
        this.recorded = new RecordedRun(runs, printRuns);
        this.previews = new LabelPreview(runs);
        this.tasks = tasks;
        this.previewDebouncer = previewDebouncer;
        stockQuery.addListener((o, a, b) -> stockDebouncer.call(this::searchStock));
        layout.addListener((o, a, l) -> {
            if (l != LabelLayout.TRACE) {
                serials.set(false); // serials go in the trace label's QR code; other layouts carry none
            }
            fields.setAll(l.fields(null)); // each layout has its own fields: start from its defaults
        });
        logoAvailable.addListener((o, a, has) -> {
            if (!has) {
                logo.set(false);
            }
        });
        stock.addListener((o, a, s) -> {
            if (s != null && (s.roll() || startAt.get() > s.labelsPerPage())) {
                startAt.set(1); // a roll has no used labels; a smaller sheet has no label N
            }
        });
        for (Observable choice : List.<Observable>of(lots.selectedProperty(), stock, count, startAt, language, serials, layout,
                perCarton, errorCorrection, copies, runLots, fields, logo, dpi, eu)) {
            choice.addListener(o -> previewLater());
        }
    }

    /** The first visit: the newest lots and every stock. */
    public void start() {
        lots.search();
        searchStock();
        checkLogo();
    }

    /** Asks the cooperative profile whether it has a logo (it may have been set on the Settings screen since). */
    public void checkLogo() {
        tasks.run(BackgroundTask.of("label.ui.task.logo", w -> runs.hasLogo()).hidden().onSuccess(logoAvailable::set));
    }

    /** Ticks or unticks a field; the chosen ones stay in the layout's order. */
    public void setField(String name, boolean on) {
        if (on == fields.contains(name)) {
            return;
        }
        List<String> chosen = layout.get().validFields().stream()
                .filter(f -> f.equals(name) ? on : fields.contains(f)).toList();
        fields.setAll(chosen);
    }

    /** Reads the stock list again for the current text; the latest search wins. */
    public void searchStock() {
        String q = stockQuery.get();
        long no = ++stockSearchNo;
        tasks.run(BackgroundTask.of("label.ui.task.searchStock", w -> stockCatalogue.get().search(q)).hidden()
                .onSuccess(found -> {
                    if (no == stockSearchNo) {
                        stocks.setAll(found);
                        stockLoading.set(false);
                    }
                }));
    }

    /**
     * The run as chosen now: the lots added to it, or else the selected lot with the count; null while
     * a lot or a stock is missing.
     */
    RunChoice choice() {
        LotRow lot = lots.selectedProperty().get();
        LabelStock s = stock.get();
        if (runLots.isEmpty() && lot == null || s == null) {
            return null;
        }
        List<RunChoice.Line> lines = runLots.isEmpty() ? List.of(new RunChoice.Line(lot.id(), lot.code(), count.get()))
                : List.copyOf(runLots);
        return new RunChoice(lines, s, startAt.get(), language.get(), serials.get(), layout.get(), perCarton.get(),
                errorCorrection.get(), copies.get(), new RunChoice.Content(fields, logo.get(), dpi.get(), eu.get()));
    }

    /** Adds the selected lot with the current count to the run (a lot already in it takes the new count). */
    public void addLot() {
        LotRow lot = lots.selectedProperty().get();
        if (lot == null) {
            return;
        }
        RunChoice.Line line = new RunChoice.Line(lot.id(), lot.code(), count.get());
        for (int i = 0; i < runLots.size(); i++) {
            if (runLots.get(i).lotId().equals(lot.id())) {
                runLots.set(i, line);
                return;
            }
        }
        runLots.add(line);
    }

    public void removeLot(RunChoice.Line line) {
        runLots.remove(line);
    }

    /** The lots added to the run, printed one after another; empty: the run is the selected lot. */
    ObservableList<RunChoice.Line> runLots() {
        return runLots;
    }

    RecordedRun recorded() {
        return recorded;
    }

    private void previewLater() {
        previewNo++; // a preview still running is now out of date
        previewDebouncer.call(this::refreshPreview);
    }

    /** Prints the first page of the run to a temporary PDF and renders it; a refusal replaces the picture. */
    public void refreshPreview() {
        RunChoice run = choice();
        long no = ++previewNo;
        if (run == null) {
            preview.set(null);
            previewProblem.set(null);
            previewing.set(false);
            return;
        }
        previewing.set(true);
        tasks.run(BackgroundTask.of("label.ui.task.preview", w -> previews.firstPage(run.requests(recorded.planned(run)), run.lotCodes(), run.design(), w)).hidden()
                .onSuccess(page -> {
                    if (no == previewNo) {
                        previewProblem.set(null);
                        preview.set(page);
                    }
                }).onExpected(LocalizedException.class, e -> {
                    if (no == previewNo) {
                        preview.set(null);
                        previewProblem.set(failed(e));
                    }
                }).onFinally(() -> {
                    if (no == previewNo) {
                        previewing.set(false);
                    }
                }));
    }

    /**
     * Writes the whole run to {@code out} in the background (the status bar shows progress and can
     * cancel it), then records it against its lot with its serials.
     */
    public void save(Path out) {
        RunChoice run = choice();
        if (run == null || saving.get() != null) {
            return;
        }
        saved.set(null);
        boolean[] finished = {false};
        RunningTask task = tasks.run(BackgroundTask.of("label.ui.task.save",
                w -> recorded.run(run, out, out.getFileName().toString(), (pdf, x) -> { }, w), out.getFileName())
                .onSuccess(d -> saved.set(done("label.ui.saved", "label.ui.savedSerials", d, d.result().file())))
                .onCancelled(() -> saved.set(new Notice(true, "label.ui.saveCancelled", List.of(out))))
                .onExpected(LocalizedException.class, e -> saved.set(failed(e)))
                .onFinally(() -> {
                    finished[0] = true;
                    saving.set(null);
                }));
        if (!finished[0]) { // still running (a synchronous runner has already finished it)
            saving.set(task);
        }
    }

    public void cancelSave() {
        RunningTask task = saving.get();
        if (task != null) {
            task.cancel();
        }
    }

    /** "Saved 21 labels on 2 pages to …", plus the serials when the run has them. */
    static Notice done(String key, String keyWithSerials, RecordedRun.Done d, Object where) {
        var r = d.result();
        return d.serials() == null ? new Notice(false, key, List.of(r.labels(), r.pages(), where))
                : new Notice(false, keyWithSerials, List.of(r.labels(), r.pages(), where, d.serials()));
    }

    static Notice failed(LocalizedException e) {
        return new Notice(true, e.key(), Arrays.asList(e.args()));
    }

    public LotsViewModel lots() {
        return lots;
    }

    public StringProperty stockQueryProperty() {
        return stockQuery;
    }

    public ObservableList<LabelStock> stocks() {
        return stocks;
    }

    /** True until the first list of stock arrives (the built-in library is read once, about a second). */
    public BooleanProperty stockLoadingProperty() {
        return stockLoading;
    }

    public ObjectProperty<LabelStock> stockProperty() {
        return stock;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    /** How many times each label is printed, in a row (one for the pack, one for the file...). */
    public IntegerProperty copiesProperty() {
        return copies;
    }

    /** Label N (1-based) of the first, partly used sheet; the labels before it are left blank. */
    public IntegerProperty startAtProperty() {
        return startAt;
    }

    /** The labels' language, "vi" or "en", whatever the screen's language. */
    public StringProperty languageProperty() {
        return language;
    }

    /** Trace, price tag, retail barcode or carton label. */
    public ObjectProperty<LabelLayout> layoutProperty() {
        return layout;
    }

    /** Units in each carton, for carton labels. */
    public IntegerProperty perCartonProperty() {
        return perCarton;
    }

    /** How much of each QR code may be damaged and still scan: M unless chosen. */
    public ObjectProperty<QrErrorCorrection> errorCorrectionProperty() {
        return errorCorrection;
    }

    /** The fields each label prints, in the layout's order; empty is refused when the run is drawn. */
    public ObservableList<String> fields() {
        return fields;
    }

    /** The cooperative's logo on each label (only while {@link #logoAvailableProperty()}). */
    public BooleanProperty logoProperty() {
        return logo;
    }

    /** Whether the cooperative profile has a logo; false until the profile has been read. */
    public BooleanProperty logoAvailableProperty() {
        return logoAvailable;
    }

    /** The printer's resolution, for the check that QR modules and bars are whole printer dots. */
    public IntegerProperty dpiProperty() {
        return dpi;
    }

    /** Labels for sale in the EU: text below 1.2 mm x-height is warned about. */
    public BooleanProperty euProperty() {
        return eu;
    }

    public BooleanProperty serialsProperty() {
        return serials;
    }

    public ObjectProperty<LabelPreview.Page> previewProperty() {
        return preview;
    }

    public ObjectProperty<Notice> previewProblemProperty() {
        return previewProblem;
    }

    public BooleanProperty previewingProperty() {
        return previewing;
    }

    /** The save under way, or null. */
    public ObjectProperty<RunningTask> savingProperty() {
        return saving;
    }

    /** How the last save went: where and how many, cancelled, or refused. */
    public ObjectProperty<Notice> savedProperty() {
        return saved;
    }
}
