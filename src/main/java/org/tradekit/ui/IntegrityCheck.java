package org.tradekit.ui;

import java.util.function.Consumer;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import org.tradekit.catalog.ui.CatalogViewModel;
import org.tradekit.store.Database;
import org.tradekit.store.StoreException;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The data file's full check after a clean start. {@code Database.open} runs {@code quick_check}
 * only after a crash (it costs about a second per 400 MB, too slow for every start); here it runs
 * once the catalog shows its rows (and, as the window calls it, after today's automatic backup),
 * as a background read listed in the status bar. In WAL mode a
 * reader blocks no writer, so the user works on meanwhile. A problem found is handed on, to be
 * shown as a warning that says what to do.
 */
final class IntegrityCheck {
    private IntegrityCheck() {
    }

    /** SQLite's first finding on one line, without its "*** in database main ***" heading. */
    static String oneLine(String found) {
        return found.replace("*** in database main ***", "").replaceAll("\\s+", " ").strip();
    }

    /** @param problem told (on the FX thread) what the check found; not called when the file is sound */
    static void afterCatalogShown(Database db, CatalogViewModel catalog, TaskRunner tasks, Consumer<String> problem) {
        if (db.checkedAtOpen()) {
            return; // checked at open (after a crash) or made just now
        }
        Runnable run = () -> tasks.run(BackgroundTask.of("ui.task.integrity", w -> db.quickCheck())
                .onSuccess(found -> found.map(IntegrityCheck::oneLine).ifPresent(problem))
                .onExpected(StoreException.class, e -> problem.accept(e.getCause() == null ? e.getMessage()
                        : String.valueOf(e.getCause().getMessage()))));
        if (catalog.loadedProperty().get()) {
            run.run();
            return;
        }
        catalog.loadedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean loaded) {
                if (loaded) {
                    o.removeListener(this);
                    run.run();
                }
            }
        });
    }
}
