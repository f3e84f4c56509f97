package org.tradekit.ui.task;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tradekit.work.Work;

/**
 * The test double: runs each task at once on the calling thread, callbacks included, so view
 * model tests are deterministic and need no toolkit.
 */
public final class SyncTaskRunner implements TaskRunner {
    private final Consumer<Throwable> unexpected;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();

    public SyncTaskRunner(Consumer<Throwable> unexpected) {
        this.unexpected = unexpected;
    }

    @Override
    public <T> RunningTask run(BackgroundTask<T> task) {
        RunningTask rt = new RunningTask(task.titleKey(), task.titleArgs());
        T result;
        try {
            result = task.execute(new Work(rt::setProgress, rt.token()));
        } catch (CancellationException e) {
            task.cancelled();
            return rt;
        } catch (Exception | Error e) {
            task.failed(e, unexpected);
            return rt;
        }
        task.succeeded(result);
        return rt;
    }

    @Override
    public ObservableList<RunningTask> running() {
        return running;
    }
}
