package org.tradekit.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.application.Application;
import javafx.stage.Stage;

import org.tradekit.app.AppContext;
import org.tradekit.settings.DeviceSettings;
import org.tradekit.settings.SettingsStore;

/**
 * The JavaFX application. {@link #launch} starts reading the settings and opening the data on a
 * worker thread before the toolkit starts, so both go on at once; the window shows as soon as
 * the toolkit is up, and the catalog when the data is there. Nothing here touches disk on the
 * FX thread: settings are read on the launcher thread, saved on the main thread after exit.
 */
public final class DesktopApp extends Application {
    private static final System.Logger LOG = System.getLogger(DesktopApp.class.getName());

    /** What {@link #launch} hands to the instance the toolkit creates. */
    private record Boot(Path dataDir, boolean probe, String lineageProbe, SettingsStore store, CompletableFuture<DeviceSettings> settings,
            CompletableFuture<AppContext> opening) {
    }

    private static volatile Boot boot;
    private static volatile AppWindow window;
    private DeviceSettings settings;

    public static void launch(Path dir, boolean startupProbe) {
        launch(dir, startupProbe, null);
    }

    /** @param lineageProbe a lot code: open its lineage, print {@code lineage_ms}, exit (null: none) */
    public static void launch(Path dir, boolean startupProbe, String lineageProbe) {
        Executor worker = r -> {
            Thread t = new Thread(r, "tradekit-open");
            t.setDaemon(true);
            t.start();
        };
        SettingsStore store = new SettingsStore(dir, Locale.getDefault());
        boot = new Boot(dir, startupProbe, lineageProbe, store, CompletableFuture.supplyAsync(store::load, worker),
                CompletableFuture.supplyAsync(() -> AppContext.openWithoutDailyBackup(dir, Clock.systemDefaultZone()), worker));
        try {
            Application.launch(DesktopApp.class);
        } finally {
            shutDown();
        }
    }

    /** After the window closed: remember its size, close the data. On the main thread, not the FX thread. */
    private static void shutDown() {
        Boot b = boot;
        AppWindow w = window;
        if (w != null && !b.probe() && b.lineageProbe() == null) {
            try {
                b.store().save(w.currentSettings());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot save settings: " + e.getMessage());
            }
        }
        AppContext current = w == null ? null : w.app();
        if (current != null) { // the data the window worked on: a restore may have replaced the first one
            current.close();
            return;
        }
        CompletableFuture<AppContext> opening = b.opening();
        if (opening.isDone() && !opening.isCompletedExceptionally()) {
            opening.join().close();
        } else {
            opening.thenAccept(AppContext::close); // still opening: close it once it is open
        }
    }

    @Override
    public void init() {
        settings = boot.settings().join(); // the launcher thread, not the FX thread
    }

    @Override
    public void start(Stage stage) {
        Boot b = boot;
        window = new AppWindow(stage, settings, b.store(), b.opening(), b.probe(), Workbench.searchDebouncer(),
                b.lineageProbe());
        window.show();
    }
}
