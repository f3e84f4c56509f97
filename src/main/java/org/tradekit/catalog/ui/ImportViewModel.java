package org.tradekit.catalog.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tradekit.catalog.io.CatalogFileException;
import org.tradekit.catalog.io.ColumnMapping;
import org.tradekit.catalog.io.ColumnTarget;
import org.tradekit.catalog.io.ImportMode;
import org.tradekit.catalog.io.ImportNotice;
import org.tradekit.catalog.io.ImportOptions;
import org.tradekit.catalog.io.ImportPlan;
import org.tradekit.catalog.io.ImportReport;
import org.tradekit.catalog.io.ProductImporter;
import org.tradekit.catalog.io.RowProblem;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.RunningTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * The import screen's state: the chosen file, how its columns map, what a dry run found, and the
 * import itself. Every read of the file and every run of the importer is a background task; the
 * dry run is repeated whenever the mapping changes or the user re-checks a file fixed in Excel.
 */
public final class ImportViewModel {
    /** One file column as the mapping table shows it. */
    public record ColumnChoice(int column, String header, ColumnTarget target) {
    }

    private final ProductImporter importer;
    private final TaskRunner tasks;
    private final Runnable onImported;

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportReport> dryRun = new ReadOnlyObjectWrapper<>(this, "dryRun");
    private final ObservableList<RowProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<ImportMode> mode = new SimpleObjectProperty<>(this, "mode", ImportMode.ALL_OR_NOTHING);
    private final ReadOnlyObjectWrapper<ImportNotice> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyObjectWrapper<RunningTask> importing = new ReadOnlyObjectWrapper<>(this, "importing");
    private final ReadOnlyObjectWrapper<ImportReport> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(this, "cancelled");
    private final BooleanBinding importable;
    /** Only the latest check's answer is shown; older ones still running are ignored. */
    private long generation;

    /** @param onImported runs on the FX thread after an import wrote products (to refresh the list) */
    public ImportViewModel(ProductImporter importer, TaskRunner tasks, Runnable onImported) {
        this.importer = importer;
        this.tasks = tasks;
        this.onImported = onImported;
        this.importable = Bindings.createBooleanBinding(this::importableNow, dryRun, mode, importing, checking);
    }

    /** Shows the import screen. */
    public void open() {
        open.set(true);
    }

    /** Hides the screen; an import still running goes on in the status bar, and the list refreshes after it. */
    public void close() {
        open.set(false);
    }

    /** Takes a file (from the file chooser, or a test) and checks it. */
    public void choose(Path path) {
        file.set(path);
        plan.set(null);
        recheck();
    }

    /** Reads the file again (the user may have fixed it), keeps the user's mapping if the header is the same, and dry-runs it. */
    public void recheck() {
        Path f = file.get();
        if (f == null) {
            return;
        }
        ImportPlan before = plan.get();
        ImportMode m = mode.get();
        long gen = startCheck();
        tasks.run(BackgroundTask.of("ui.import.task.check", w -> {
            ImportPlan p = importer.plan(f);
            if (before != null && before.headers().equals(p.headers())) {
                p = p.withMapping(before.mapping());
            }
            return new Checked(p, p.blockers().isEmpty() ? importer.run(p, ImportOptions.dryRun(m), w) : null);
        }, f.getFileName()).onSuccess(c -> {
            if (gen == generation) {
                showPlan(c.plan());
                showDryRun(c.plan(), c.report());
            }
        }).onExpected(CatalogFileException.class, e -> failed(gen, e)).onFinally(() -> endCheck(gen)));
    }

    /** A plan and its dry run (null when the mapping has blockers). */
    private record Checked(ImportPlan plan, ImportReport report) {
    }

    /** Sends a column to another target and dry-runs again. */
    public void map(int column, ColumnTarget target) {
        ImportPlan p = plan.get();
        if (p == null || p.mapping().target(column).equals(target)) {
            return;
        }
        ImportPlan changed = p.withMapping(p.mapping().with(column, target));
        showPlan(changed);
        ImportMode m = mode.get();
        long gen = startCheck();
        if (!changed.blockers().isEmpty()) {
            showDryRun(changed, null);
            endCheck(gen);
            return;
        }
        tasks.run(BackgroundTask.of("ui.import.task.check", w -> importer.run(changed, ImportOptions.dryRun(m), w),
                changed.file().getFileName()).onSuccess(r -> {
                    if (gen == generation) {
                        showDryRun(changed, r);
                    }
                }).onExpected(CatalogFileException.class, e -> failed(gen, e)).onFinally(() -> endCheck(gen)));
    }

    /** Runs the real import with the current mapping and mode, as a cancellable task. */
    public void importNow() {
        ImportPlan p = plan.get();
        if (p == null || !canImport()) {
            return;
        }
        ImportOptions options = new ImportOptions(mode.get(), false);
        result.set(null);
        cancelled.set(false);
        error.set(null);
        boolean[] done = new boolean[1];
        RunningTask running = tasks.run(BackgroundTask.of("ui.import.task.import", w -> importer.run(p, options, w),
                p.file().getFileName()).onSuccess(r -> {
                    result.set(r);
                    problems.setAll(r.problems()); // the import's own findings, not the dry run's
                    if (r.written()) {
                        dryRun.set(null); // it described the catalog before the import: Re-check makes a new one
                        onImported.run();
                    }
                }).onCancelled(() -> cancelled.set(true))
                .onExpected(CatalogFileException.class, e -> error.set(notice(e)))
                .onFinally(() -> {
                    done[0] = true;
                    importing.set(null);
                }));
        if (!done[0]) {
            importing.set(running); // still running (a synchronous runner has already finished)
        }
    }

    /** Asks a running import to stop; its transaction rolls back, so nothing is written. */
    public void cancel() {
        RunningTask running = importing.get();
        if (running != null) {
            running.cancel();
        }
    }

    /** True when a dry run found at least one row to import and nothing blocks the mapping. */
    public boolean canImport() {
        return importable.get();
    }

    /** Whether Import may be pressed now. */
    public BooleanBinding importableProperty() {
        return importable;
    }

    private boolean importableNow() {
        ImportReport r = dryRun.get();
        if (importing.get() != null || checking.get()) {
            return false;
        }
        return r != null && r.imported() > 0 && (mode.get() == ImportMode.SKIP_BAD || r.refused() == 0);
    }

    private long startCheck() {
        long gen = ++generation;
        checking.set(true);
        error.set(null);
        result.set(null);
        return gen;
    }

    private void endCheck(long gen) {
        if (gen == generation) {
            checking.set(false);
        }
    }

    private void failed(long gen, CatalogFileException e) {
        if (gen == generation) {
            plan.set(null);
            columns.clear();
            dryRun.set(null);
            problems.clear();
            error.set(notice(e));
        }
    }

    private static ImportNotice notice(CatalogFileException e) {
        return new ImportNotice(e.key(), List.of(e.args()));
    }

    private void showPlan(ImportPlan p) {
        plan.set(p);
        ColumnMapping mapping = p.mapping();
        List<ColumnChoice> out = new ArrayList<>();
        for (int i = 0; i < mapping.headers().size(); i++) {
            out.add(new ColumnChoice(i, mapping.headers().get(i), mapping.target(i)));
        }
        columns.setAll(out);
    }

    private void showDryRun(ImportPlan p, ImportReport r) {
        dryRun.set(r);
        problems.setAll(r == null ? List.of() : r.problems());
        List<ImportNotice> blockers = p.blockers();
        error.set(blockers.isEmpty() ? null : blockers.get(0));
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    /** The latest dry run (null before one, while the mapping has blockers, or after an import wrote: it is stale then). */
    public ReadOnlyObjectProperty<ImportReport> dryRunProperty() {
        return dryRun.getReadOnlyProperty();
    }

    public ObservableList<RowProblem> problems() {
        return problems;
    }

    public ObjectProperty<ImportMode> modeProperty() {
        return mode;
    }

    /** What stops the file or the mapping (a message key and arguments), or null. */
    public ReadOnlyObjectProperty<ImportNotice> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The import while it runs (its progress and cancel), else null. */
    public ReadOnlyObjectProperty<RunningTask> importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** What the last import did. */
    public ReadOnlyObjectProperty<ImportReport> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }
}
