package org.tradekit.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.settings.DeviceSettings;
import org.tradekit.settings.SettingsStore;

/** Starts the real window on a real store in a temp directory, as DesktopApp does, for TestFX tests. */
final class AppWindowHarness {
    final Path dir;
    final CompletableFuture<AppContext> opening;
    final SettingsStore settings;
    AppWindow window;

    /** @param prepare runs on the opened store (off the FX thread) before the window gets it */
    AppWindowHarness(Path dir, Consumer<AppContext> prepare) {
        this.dir = dir;
        this.settings = new SettingsStore(dir, Locale.US);
        this.opening = CompletableFuture.supplyAsync(() -> {
            AppContext app = TestContexts.open(dir);
            prepare.accept(app);
            return app;
        });
    }

    /** A catalog in use: {@code products} demo products and a cooperative profile (so no first-run wizard). */
    static void demoCatalog(AppContext app, int products) {
        new org.tradekit.catalog.DemoData(app.database()).generate(products, 3, TestContexts.TODAY,
                org.tradekit.work.Work.NONE);
        app.coopProfile().save(new org.tradekit.coop.CoopProfile(null, "HTX Thử", null, null, null, null, null, null,
                null, null, null, "VND"));
    }

    void start(Stage stage, String language) {
        window = new AppWindow(stage, new DeviceSettings(language, "light", 1200, 800), settings, opening, false,
                Workbench.searchDebouncer());
        window.show();
    }

    AppContext app() {
        return opening.join();
    }

    /** The data the window works on now: a restore in the app replaces the first one. */
    AppContext current() {
        AppContext now = window.app();
        return now == null ? app() : now;
    }

    /** Lets go of every key and mouse button a test may have left pressed, then closes the store. */
    void close() {
        FxRobot robot = new FxRobot();
        robot.release(new javafx.scene.input.KeyCode[0]);
        robot.release(new javafx.scene.input.MouseButton[0]);
        WaitForAsyncUtils.waitForFxEvents();
        AppContext now = window == null ? null : window.app();
        if (now != null) {
            now.close();
        } else if (!opening.isCompletedExceptionally()) {
            opening.join().close();
        }
    }

    /** Waits (up to 10 s) until a condition, evaluated on the FX thread, holds. */
    static void until(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
    }

    @SuppressWarnings("unchecked")
    static TableView<org.tradekit.catalog.ProductRow> table(FxRobot robot) {
        return (TableView<org.tradekit.catalog.ProductRow>) robot.lookup("#catalog-table").query();
    }
}
