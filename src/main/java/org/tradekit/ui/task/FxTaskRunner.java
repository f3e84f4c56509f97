package org.tradekit.ui.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tradekit.work.Progress;
import org.tradekit.work.Work;

/**
 * The application's task runner: work on daemon worker threads, callbacks and progress on the
 * FX thread (progress coalesced so a chatty job cannot flood it).
 */
public final class FxTaskRunner implements TaskRunner {
    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService workers;
    private final Executor fxThread;
    private final Consumer<Throwable> unexpected;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();

    public FxTaskRunner(Consumer<Throwable> unexpected) {
        this(daemonPool(), Platform::runLater, unexpected);
    }

    FxTaskRunner(ExecutorService workers, Executor fxThread, Consumer<Throwable> unexpected) {
        this.workers = workers;
        this.fxThread = fxThread;
        this.unexpected = unexpected;
    }

    private static ExecutorService daemonPool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tradekit-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> RunningTask run(BackgroundTask<T> task) {
        RunningTask rt = new RunningTask(task.titleKey(), task.titleArgs());
        if (task.visible()) {
            running.add(rt);
        }
        AtomicReference<Progress> latest = new AtomicReference<>();
        Work work = new Work(p -> {
            if (latest.getAndSet(p) == null) {
                fxThread.execute(() -> rt.setProgress(latest.getAndSet(null)));
            }
        }, rt.token());
        workers.execute(() -> {
            try {
                T result = task.execute(work);
                fxThread.execute(() -> {
                    running.remove(rt);
                    if (rt.token().isCancelled()) {
                        task.cancelled();
                    } else {
                        task.succeeded(result);
                    }
                });
            } catch (CancellationException e) {
                fxThread.execute(() -> {
                    running.remove(rt);
                    task.cancelled();
                });
            } catch (Exception | Error e) {
                LOG.log(System.Logger.Level.DEBUG, "task failed: " + task.titleKey(), e);
                fxThread.execute(() -> {
                    running.remove(rt);
                    task.failed(e, unexpected);
                });
            }
        });
        return rt;
    }

    @Override
    public ObservableList<RunningTask> running() {
        return running;
    }
}
