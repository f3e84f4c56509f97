package org.tradekit.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tradekit.work.Work;

/** A test double that holds tasks until the test finishes them, in any order: for "latest wins" checks. */
public final class ManualTaskRunner implements TaskRunner {
    /** A task held, and its handle: cancelling the handle cancels the work when it runs. */
    private record Held(BackgroundTask<?> task, RunningTask handle) {
    }

    private final List<Held> pending = new ArrayList<>();
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final Consumer<Throwable> unexpected;

    public ManualTaskRunner(Consumer<Throwable> unexpected) {
        this.unexpected = unexpected;
    }

    @Override
    public <T> RunningTask run(BackgroundTask<T> task) {
        RunningTask rt = new RunningTask(task.titleKey(), task.titleArgs());
        pending.add(new Held(task, rt));
        return rt;
    }

    public int pending() {
        return pending.size();
    }

    /** Runs the pending task at {@code index} (work and callbacks) now. */
    public void finish(int index) {
        Held h = pending.remove(index);
        finishTask(h.task(), h.handle());
    }

    private <T> void finishTask(BackgroundTask<T> t, RunningTask rt) {
        T result;
        try {
            result = t.execute(new Work(rt::setProgress, rt.token()));
        } catch (java.util.concurrent.CancellationException e) {
            t.cancelled();
            return;
        } catch (Exception e) {
            t.failed(e, unexpected);
            return;
        }
        t.succeeded(result);
    }

    /** Runs everything pending, including tasks the callbacks start, oldest first. */
    public void finishAll() {
        while (!pending.isEmpty()) {
            finish(0);
        }
    }

    @Override
    public ObservableList<RunningTask> running() {
        return running;
    }
}
