package org.tradekit.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.kordamp.ikonli.feather.Feather;

import atlantafx.base.theme.Styles;

import org.tradekit.app.AppContext;
import org.tradekit.backup.ui.BackupsViewModel;
import org.tradekit.coop.ui.FirstRunWizard;
import org.tradekit.i18n.Formats;
import org.tradekit.i18n.Messages;
import org.tradekit.settings.DeviceSettings;
import org.tradekit.settings.SettingsStore;
import org.tradekit.settings.ui.SettingsViewModel;
import org.tradekit.store.StoreException;
import org.tradekit.ui.common.Debouncer;
import org.tradekit.ui.common.ErrorReporter;
import org.tradekit.ui.shell.Feature;
import org.tradekit.ui.shell.MainWindow;
import org.tradekit.ui.shell.Warning;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.FxTaskRunner;
import org.tradekit.ui.task.RunningTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The main window's life: shows at once with a loading page while the data opens in the
 * background, then the catalog; the first-run wizard on top while the cooperative has no
 * profile; a clear message instead of a crash when the database cannot be used. A language
 * change rebuilds every view from the same view models (nothing typed is lost).
 */
public final class AppWindow {
    private static final System.Logger LOG = System.getLogger(AppWindow.class.getName());
    private static final String INTEGRITY = "integrity";

    private final Stage stage;
    private final SettingsStore settingsStore;
    private final CompletableFuture<AppContext> opening;
    private final boolean probe;
    private final String lineageProbe;
    private final Debouncer searchDebouncer;
    private final StackPane root = new StackPane();
    private final SettingsViewModel settings;
    private final ErrorReporter errors;
    private final TaskRunner tasks;
    private final IntegerProperty wizardStep = new SimpleIntegerProperty();
    private Messages messages;
    private Formats formats;
    private Workbench workbench;
    private AppContext app;
    private final List<Warning> warnings = new ArrayList<>();
    private MainWindow main;
    private Node overlay;
    private String shown = Workbench.CATALOG;
    private boolean wizard;

    /**
     * @param opening the data being opened (started before the toolkit, so both go on at once)
     * @param probe   print {@code startup_ms} once the catalog shows its rows, then exit
     */
    public AppWindow(Stage stage, DeviceSettings initial, SettingsStore settingsStore,
            CompletableFuture<AppContext> opening, boolean probe, Debouncer searchDebouncer) {
        this(stage, initial, settingsStore, opening, probe, searchDebouncer, null);
    }

    /** @param lineageProbe a lot code: open its lineage, print {@code lineage_ms} once tree and timeline show, exit */
    public AppWindow(Stage stage, DeviceSettings initial, SettingsStore settingsStore,
            CompletableFuture<AppContext> opening, boolean probe, Debouncer searchDebouncer, String lineageProbe) {
        this.lineageProbe = lineageProbe;
        this.stage = stage;
        this.settingsStore = settingsStore;
        this.opening = opening;
        this.probe = probe;
        this.searchDebouncer = searchDebouncer;
        this.messages = Messages.of(initial.language());
        this.formats = new Formats(messages.locale());
        this.errors = new ErrorReporter(() -> messages, () -> stage);
        this.tasks = new FxTaskRunner(errors);
        this.settings = new SettingsViewModel(initial, this::apply);
    }

    public void show() {
        DeviceSettings s = settings.current();
        Theme.apply(s.theme());
        Scene scene = new Scene(root, s.windowWidth(), s.windowHeight());
        Theme.style(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> settings.withWindow(scene.getWidth(), scene.getHeight()));
        rebuild();
        stage.show();
        tasks.run(BackgroundTask.of("ui.task.opening", w -> {
            try {
                return opening.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception x ? x : e;
            }
        }).onSuccess(this::opened).onExpected(RuntimeException.class, this::openFailed));
    }

    private void opened(AppContext opened) {
        attach(opened);
        if (probe) {
            StartupProbe.arm(stage.getScene(), workbench.catalog());
        }
        workbench.catalog().start();
        if (lineageProbe != null) {
            main.show(Workbench.TRACE);
            LineageProbe.run(stage.getScene(), workbench.trace(), lineageProbe);
            return;
        }
        if (!probe) {
            tasks.run(BackgroundTask.of("ui.task.dailyBackup", w -> {
                opened.dailyBackupIfDue(w);
                return opened.startupBackupProblem();
            }).onSuccess(problem -> problem.ifPresent(e -> warn(new Warning("backup", "ui.warning.backup.title",
                    "backup.error.daily", List.of(e), null, null)))).onFinally(() -> {
                        if (app == opened) { // one heavy read of the file at a time; none on data a restore replaced
                            IntegrityCheck.afterCatalogShown(opened.database(), workbench.catalog(), tasks,
                                    found -> warn(new Warning(INTEGRITY, "ui.warning.integrity.title",
                                            "ui.warning.integrity.text", List.of(opened.database().file(), found),
                                            "ui.warning.integrity.action", () -> main.show(Workbench.SETTINGS))));
                        }
                    }));
            loadProfile();
        }
    }

    /** Makes the views work on {@code data}: new view models, every view rebuilt. */
    private void attach(AppContext data) {
        app = data;
        workbench = new Workbench(data, tasks, settings, searchDebouncer, dataSwitch);
        workbench.backups().restoringProperty().addListener((o, a, task) -> {
            if (task != null) {
                showOverlay(restoring(task));
            }
        });
        rebuild();
    }

    /** The cooperative's profile into Settings; the first-run wizard when there is none. */
    private void loadProfile() {
        workbench.profile().load(() -> {
            wizard = true;
            wizardStep.set(0); // from the start: a restore may bring back data without a profile
            rebuild();
        });
    }

    /** After a restore: every view on the data now open, and the backups section says how it went. */
    private final BackupsViewModel.DataSwitch dataSwitch = new BackupsViewModel.DataSwitch() {
        @Override
        public void restored(AppContext.Restored r) {
            hideOverlay();
            if (r.problem() == null) { // the file that failed its check has been replaced
                warnings.removeIf(w -> w.id().equals(INTEGRITY));
            }
            attach(r.app());
            workbench.catalog().start();
            loadProfile();
            workbench.backups().showRestored(r);
        }

        @Override
        public void lost(RuntimeException e) {
            app = null; // closed by the restore; nothing could be opened in its place
            openFailed(e);
        }
    };

    /** Covers every screen while a restore replaces the data they work on. */
    private Node restoring(RunningTask task) {
        Label title = new Label(messages.get("backup.ui.restoring.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(messages.get("backup.ui.restoring.text"));
        text.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> task.progressProperty().get() == null
                ? ProgressBar.INDETERMINATE_PROGRESS : task.progressProperty().get().fraction(), task.progressProperty()));
        VBox card = new VBox(14, title, text, bar);
        card.setId("restoring");
        card.getStyleClass().add("message-card");
        card.setPadding(new Insets(24));
        card.setMaxWidth(520);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        return card;
    }

    private void hideOverlay() {
        root.getChildren().remove(overlay);
        overlay = null;
    }

    /** Shows a warning above every screen until the user closes it (one of each id). */
    private void warn(Warning w) {
        warnings.removeIf(old -> old.id().equals(w.id()));
        warnings.add(w);
        main.showWarnings(warnings, this::dismiss);
    }

    private void dismiss(Warning w) {
        warnings.remove(w);
        main.showWarnings(warnings, this::dismiss);
    }

    private void openFailed(RuntimeException e) {
        String text;
        if (e instanceof StoreException se) {
            LOG.log(System.Logger.Level.WARNING, se.getMessage(), se);
            text = messages.get(se.key(), se.args());
        } else {
            LOG.log(System.Logger.Level.ERROR, "cannot open the data", e);
            text = messages.get("ui.startup.failed", String.valueOf(e.getMessage()));
        }
        if (probe) {
            System.out.println("startup_failed=" + text);
            Platform.exit();
            return;
        }
        Label title = new Label(messages.get("ui.startup.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label message = new Label(text);
        message.setId("startup-error");
        message.setWrapText(true);
        Button close = new Button(messages.get("ui.startup.close"));
        close.setId("startup-close");
        close.setOnAction(ev -> Platform.exit());
        VBox card = new VBox(14, title, message, close);
        card.getStyleClass().add("message-card");
        card.setPadding(new Insets(24));
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        showOverlay(card);
    }

    /** Applies a changed setting now and saves the file in the background. */
    private void apply(DeviceSettings s) {
        Theme.apply(s.theme());
        if (!s.language().equals(messages.locale().getLanguage())) {
            messages = Messages.of(s.language());
            formats = new Formats(messages.locale());
            // later, not now: the control that made the change (a combo box) first closes its popup
            Platform.runLater(this::rebuild);
        }
        tasks.run(BackgroundTask.of("ui.task.saveSettings", w -> {
            settingsStore.save(s);
            return s;
        }).hidden());
    }

    private void rebuild() {
        List<Feature> features = workbench == null ? loadingFeatures() : workbench.features();
        stage.setTitle(messages.get("app.name"));
        main = new MainWindow(features, messages, formats, tasks.running(), shown, id -> shown = id);
        if (workbench != null) {
            main.statusBar().noteProperty().set(messages.get("ui.status.dataDir", settingsStore.file().getParent()));
        }
        main.showWarnings(warnings, this::dismiss);
        root.getChildren().setAll(main);
        if (wizard) {
            overlay = null;
            showOverlay(new FirstRunWizard(workbench.profile(), messages, wizardStep, () -> {
                wizard = false;
                root.getChildren().remove(overlay);
                overlay = null;
            }));
        } else if (overlay != null) {
            root.getChildren().add(overlay);
        }
    }

    private void showOverlay(Node card) {
        StackPane dim = new StackPane(card);
        dim.getStyleClass().add("overlay");
        dim.setPadding(new Insets(30));
        StackPane.setAlignment(card, Pos.CENTER);
        root.getChildren().remove(overlay);
        overlay = dim;
        root.getChildren().add(dim);
    }

    /** While the data opens every feature shows a spinner; the navigation is already there. */
    private List<Feature> loadingFeatures() {
        Feature.ViewFactory loading = (m, f) -> {
            ProgressIndicator p = new ProgressIndicator();
            p.setMaxSize(48, 48);
            Label l = new Label(m.get("ui.task.opening"));
            VBox box = new VBox(12, p, l);
            box.setAlignment(Pos.CENTER);
            box.setId("loading");
            return box;
        };
        return List.of(new Feature(Workbench.CATALOG, "ui.nav.catalog", Feather.PACKAGE, loading),
                new Feature(Workbench.SETTINGS, "ui.nav.settings", Feather.SETTINGS, loading));
    }

    /** The settings to keep at exit (window size included). */
    public DeviceSettings currentSettings() {
        return settings.current();
    }

    /** The view models, once the data is open (null before); for tests that hand a view model what a native dialog would. */
    Workbench workbench() {
        return workbench;
    }

    /** The data the window works on now (a restore replaces it), or null while it is opening. */
    public AppContext app() {
        return app;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
