package org.tradekit.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.util.Duration;

import org.kordamp.ikonli.feather.Feather;

import org.tradekit.app.AppContext;
import org.tradekit.backup.ui.BackupsViewModel;
import org.tradekit.brochure.FairPack;
import org.tradekit.brochure.ui.BrochurePrinting;
import org.tradekit.brochure.ui.BrochuresView;
import org.tradekit.brochure.ui.BrochuresViewModel;
import org.tradekit.brochure.ui.FairPackViewModel;
import org.tradekit.catalog.ui.CatalogView;
import org.tradekit.catalog.ui.CatalogViewModel;
import org.tradekit.catalog.ui.ImportViewModel;
import org.tradekit.catalog.ui.PhotoThumbnails;
import org.tradekit.catalog.ui.ProductEditorViewModel;
import org.tradekit.coop.ui.CoopProfileViewModel;
import org.tradekit.label.ui.LabelPrintViewModel;
import org.tradekit.label.ui.LabelsView;
import org.tradekit.label.ui.LabelsViewModel;
import org.tradekit.label.ui.SystemLabelPrinting;
import org.tradekit.lead.ui.CaptureViewModel;
import org.tradekit.lead.ui.FairsViewModel;
import org.tradekit.lead.ui.FollowUpPane;
import org.tradekit.lead.ui.FollowUpViewModel;
import org.tradekit.lead.ui.LeadsView;
import org.tradekit.settings.ui.SettingsView;
import org.tradekit.settings.ui.SettingsViewModel;
import org.tradekit.trace.ui.LotsViewModel;
import org.tradekit.trace.ui.TraceView;
import org.tradekit.trace.ui.TraceViewModel;
import org.tradekit.ui.common.Debouncer;
import org.tradekit.ui.common.FxDebouncer;
import org.tradekit.ui.shell.ComingSoonView;
import org.tradekit.ui.shell.Feature;
import org.tradekit.ui.task.TaskRunner;

/**
 * The UI's part of the composition: takes the services it needs from the {@link AppContext},
 * makes each view model once, and lists the features the shell shows. View models outlive
 * views, so a language switch rebuilds the views and loses no edit.
 */
final class Workbench {
    static final String CATALOG = "catalog";
    static final String SETTINGS = "settings";
    static final String TRACE = "trace";
    static final String LABELS = "labels";
    static final String LEADS = "leads";
    static final String BROCHURES = "brochures";

    private final CatalogViewModel catalog;
    private final ImportViewModel importer;
    private final CoopProfileViewModel profile;
    private final SettingsViewModel settings;
    private final BackupsViewModel backups;
    private final PhotoThumbnails thumbnails;
    private final TraceViewModel trace;
    private final LabelsViewModel labels;
    private final LabelPrintViewModel labelPrint;
    private final CaptureViewModel capture;
    private final FairsViewModel fairs;
    private final FollowUpViewModel followUp;
    private final BrochuresViewModel brochures;
    private final FairPackViewModel fairPack;

    /** @param dataSwitch how the window goes on after a restore replaced the data */
    Workbench(AppContext app, TaskRunner tasks, SettingsViewModel settings, Debouncer searchDebouncer,
            BackupsViewModel.DataSwitch dataSwitch) {
        this.settings = settings;
        var photoImport = app.photoImport().orElse(null);
        ProductEditorViewModel editor = new ProductEditorViewModel(app.catalog(), tasks, photoImport);
        this.catalog = new CatalogViewModel(app.productSearch(), app.products(), app.catalog(), tasks, searchDebouncer,
                () -> LocalDate.now(app.clock()), editor);
        this.importer = new ImportViewModel(app.productImporter(), tasks, catalog::refresh);
        this.profile = new CoopProfileViewModel(app.coopProfile(), tasks, photoImport);
        this.backups = new BackupsViewModel(app, tasks, dataSwitch);
        this.thumbnails = new PhotoThumbnails(tasks, app.productPhotos()::thumbnail);
        this.trace = new TraceViewModel(app, tasks, searchDebouncer);
        this.labels = new LabelsViewModel(new LotsViewModel(app.lots(), app.products(), app.lotLookup(), tasks, searchDebouncer),
                app::labelStock, app.labelRuns(), app.printRuns(), tasks, searchDebouncer, previewDebouncer());
        this.labelPrint = new LabelPrintViewModel(labels, new SystemLabelPrinting(app.pdfPrinter(), app.calibrations()), tasks);
        this.capture = new CaptureViewModel(new CaptureViewModel.Services(app.leads(), app.fairs(), app.fairQuestions(),
                app.productSearch(), photoImport, app.boothMemory(), app.clock()), tasks, new FxDebouncer(Duration.millis(300)),
                new FxDebouncer(Duration.millis(800)));
        this.fairs = new FairsViewModel(app.fairs(), app.fairQuestions(), tasks, () -> LocalDate.now(app.clock()));
        fairs.onBoothChanged(capture::start);
        this.followUp = new FollowUpViewModel(app, tasks);
        this.brochures = new BrochuresViewModel(app.brochures(), app.products(), app.fairs(),
                BrochurePrinting.system(app.pdfPrinter()), tasks);
        this.fairPack = new FairPackViewModel(brochures, new FairPack(app.brochures()), tasks);
    }

    /** The debounce of search typing: 150 ms of quiet. */
    static Debouncer searchDebouncer() {
        return new FxDebouncer(Duration.millis(150));
    }

    /** The wait before the labels preview is printed again: 300 ms after the last change of the run. */
    static Debouncer previewDebouncer() {
        return new FxDebouncer(Duration.millis(300));
    }

    List<Feature> features() {
        return List.of(
                new Feature(CATALOG, "ui.nav.catalog", Feather.PACKAGE, (m, f) -> new CatalogView(catalog, importer, thumbnails, m, f)),
                new Feature(TRACE, "ui.nav.trace", Feather.GIT_BRANCH, (m, f) -> {
                    trace.start();
                    return new TraceView(trace, m, f);
                }),
                new Feature(LEADS, "ui.nav.leads", Feather.USERS, (m, f) -> {
                    capture.start();
                    fairs.load();
                    return new LeadsView(capture, fairs, thumbnails, m, f).with(FollowUpPane.tab(followUp, m, f));
                }),
                new Feature(LABELS, "ui.nav.printing", Feather.PRINTER, (m, f) -> {
                    labels.start();
                    labelPrint.loadPrinters();
                    return new LabelsView(labels, labelPrint, m, f);
                }),
                new Feature(BROCHURES, "ui.nav.brochures", Feather.BOOK_OPEN, (m, f) -> {
                    brochures.start();
                    return new BrochuresView(brochures, fairPack, m, f);
                }),
                ComingSoonView.feature("sync", "ui.nav.sync", Feather.REFRESH_CW),
                new Feature(SETTINGS, "ui.nav.settings", Feather.SETTINGS,
                        (m, f) -> new SettingsView(settings, profile, backups, m, f)));
    }

    CatalogViewModel catalog() {
        return catalog;
    }

    ImportViewModel importer() {
        return importer;
    }

    CoopProfileViewModel profile() {
        return profile;
    }

    TraceViewModel trace() {
        return trace;
    }

    LabelsViewModel labels() {
        return labels;
    }

    CaptureViewModel capture() {
        return capture;
    }

    BrochuresViewModel brochures() {
        return brochures;
    }

    FairPackViewModel fairPack() {
        return fairPack;
    }

    BackupsViewModel backups() {
        return backups;
    }
}
