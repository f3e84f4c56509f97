package org.tradekit.backup.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tradekit.app.AppContext;
import org.tradekit.backup.BackupEntry;
import org.tradekit.backup.Backups;
import org.tradekit.backup.RestoreCandidate;
import org.tradekit.i18n.LocalizedException;
import org.tradekit.ui.task.BackgroundTask;
import org.tradekit.ui.task.RunningTask;
import org.tradekit.ui.task.TaskRunner;

/**
 * Settings' backups: the list of backups in the data directory, a backup made now (into that
 * folder, or with the photos to a file of the user's), and a restore in two steps: the file is
 * checked and what it holds shown ({@link #candidateProperty()}); only once the user confirms is
 * the data replaced, the current data first kept as a pre-restore backup. Everything runs in the
 * background; a file that is damaged or not a backup gets a message and changes nothing.
 */
public final class BackupsViewModel {
    /** A line for the user under the list: what was done, or what went wrong (a key and its arguments). */
    public record Notice(boolean problem, String key, List<Object> args) {
        public Notice {
            args = List.copyOf(args);
        }

        static Notice done(String key, Object... args) {
            return new Notice(false, key, List.of(args));
        }

        static Notice failed(String key, Object... args) {
            return new Notice(true, key, List.of(args));
        }
    }

    /** What the window does around a restore, which replaces the data every view works on. */
    public interface DataSwitch {
        /** The restore is over (done or not, see {@code problem()}): go on with {@code r.app()}; this view model's context is closed. */
        void restored(AppContext.Restored r);

        /** Neither the restored data nor the old could be opened again: say so, as when the app cannot start. */
        void lost(RuntimeException e);
    }

    private static final double MB = 1024.0 * 1024.0;

    private final AppContext app;
    private final TaskRunner tasks;
    private final DataSwitch dataSwitch;
    private final ObservableList<BackupEntry> backups = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RestoreCandidate> candidate = new ReadOnlyObjectWrapper<>(this, "candidate");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<RunningTask> restoring = new ReadOnlyObjectWrapper<>(this, "restoring");

    public BackupsViewModel(AppContext app, TaskRunner tasks, DataSwitch dataSwitch) {
        this.app = app;
        this.tasks = tasks;
        this.dataSwitch = dataSwitch;
    }

    /** Reads the backups folder again. */
    public void refresh() {
        Backups b = app.backups();
        tasks.run(BackgroundTask.of("backup.ui.task.list", w -> b.list()).hidden().onSuccess(backups::setAll)
                .onExpected(LocalizedException.class, e -> notice.set(Notice.failed(e.key(), e.args()))));
    }

    /** A backup now into the backups folder: the database (the photos stay where they are, in the same folder). */
    public void backUpNow() {
        backUp(null, false);
    }

    /** A whole backup, photos included, to a file of the user's choice (a USB stick): the one file is the cooperative. */
    public void backUpTo(Path file) {
        backUp(file, true);
    }

    private void backUp(Path out, boolean withPhotos) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        notice.set(null);
        tasks.run(BackgroundTask.of("backup.ui.task.backup", w -> app.backup(out, withPhotos, w))
                .onSuccess(r -> {
                    notice.set(withPhotos
                            ? Notice.done("backup.ui.done", r.file(), r.products(), r.photoFiles(), r.bytes() / MB)
                            : Notice.done("backup.ui.doneHere", r.file(), r.products(), r.bytes() / MB));
                    refresh();
                })
                .onExpected(LocalizedException.class, e -> notice.set(Notice.failed(e.key(), e.args())))
                .onFinally(() -> busy.set(false)));
    }

    /** Checks a backup file (one of the list, or chosen) and shows what it holds; nothing changes yet. */
    public void check(Path file) {
        if (busy.get()) {
            return;
        }
        dropCandidate();
        busy.set(true);
        notice.set(null);
        Backups b = app.backups();
        tasks.run(BackgroundTask.of("backup.ui.task.check", w -> b.check(file, w), file.getFileName())
                .onSuccess(candidate::set)
                .onExpected(LocalizedException.class, e -> notice.set(Notice.failed(e.key(), e.args())))
                .onFinally(() -> busy.set(false)));
    }

    /**
     * Replaces the data with the checked backup the user confirmed. The window switches to the
     * restored data when it is done; it cannot be cancelled half way (the restore itself is a few
     * file moves after the safety copy).
     */
    public void confirmRestore() {
        RestoreCandidate c = candidate.get();
        if (c == null || restoring.get() != null) {
            return;
        }
        boolean[] done = new boolean[1];
        RunningTask task = tasks.run(BackgroundTask.of("backup.ui.task.restore", w -> app.restore(c, w)).hidden()
                .onSuccess(r -> {
                    candidate.set(null);
                    dataSwitch.restored(r);
                })
                .onExpected(RuntimeException.class, dataSwitch::lost)
                .onFinally(() -> {
                    done[0] = true;
                    restoring.set(null);
                }));
        if (!done[0]) {
            restoring.set(task); // still running (a synchronous runner has finished already)
        }
    }

    /** The user does not restore after all: the checked copy is removed, nothing else was touched. */
    public void cancelRestore() {
        dropCandidate();
    }

    private void dropCandidate() {
        RestoreCandidate c = candidate.get();
        if (c != null) {
            candidate.set(null);
            tasks.run(BackgroundTask.of("backup.ui.task.drop", w -> {
                c.close(); // deletes the unpacked copy: disk work
                return null;
            }).hidden());
        }
    }

    /** Says how the restore that made this view model's data went (called on the new view model). */
    public void showRestored(AppContext.Restored r) {
        RestoreCandidate from = r.from();
        if (r.problem() != null) {
            Object why = r.problem() instanceof LocalizedException e ? e : String.valueOf(r.problem().getMessage());
            notice.set(Notice.failed("backup.ui.restoreFailed", why));
        } else if (r.safetyCopy().isPresent()) {
            notice.set(Notice.done("backup.ui.restored", from.source(), from.products(),
                    r.safetyCopy().get().getFileName()));
        } else {
            notice.set(Notice.done("backup.ui.restoredFresh", from.source(), from.products()));
        }
        refresh();
    }

    /** The backups in the data directory's backups folder, newest first. */
    public ObservableList<BackupEntry> backups() {
        return backups;
    }

    public Path folder() {
        return app.backups().dir();
    }

    /** A backup checked and waiting for the user to confirm the restore, or null. */
    public ReadOnlyObjectProperty<RestoreCandidate> candidateProperty() {
        return candidate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a backup is written or a file checked. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The restore while it runs (its progress), else null: the window blocks every screen meanwhile. */
    public ReadOnlyObjectProperty<RunningTask> restoringProperty() {
        return restoring.getReadOnlyProperty();
    }
}
