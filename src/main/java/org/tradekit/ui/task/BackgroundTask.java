package org.tradekit.ui.task;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.tradekit.work.Work;

/**
 * A piece of service work to run off the FX thread, with what to do with its outcome. The
 * callbacks run on the FX thread. Failures of an {@link #onExpected expected} type go to their
 * handler (e.g. validation problems beside the fields); every other failure goes to the one
 * error dialog.
 */
public final class BackgroundTask<T> {
    /** The work itself: it gets progress and cancel through {@link Work}. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Work work) throws Exception;
    }

    private final String titleKey;
    private final Object[] titleArgs;
    private final Job<T> job;
    private Consumer<? super T> onSuccess = r -> {
    };
    private Runnable onCancelled = () -> {
    };
    private Runnable onFinally = () -> {
    };
    private final Map<Class<? extends Throwable>, Consumer<Throwable>> expected = new LinkedHashMap<>();
    private boolean visible = true;

    private BackgroundTask(String titleKey, Object[] titleArgs, Job<T> job) {
        this.titleKey = titleKey;
        this.titleArgs = titleArgs.clone();
        this.job = job;
    }

    /** A task shown in the status bar under the localized title {@code titleKey}. */
    public static <T> BackgroundTask<T> of(String titleKey, Job<T> job, Object... titleArgs) {
        return new BackgroundTask<>(titleKey, titleArgs, job);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = action;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    /** Runs after success, cancel or failure alike (e.g. to clear a busy flag). */
    public BackgroundTask<T> onFinally(Runnable action) {
        this.onFinally = action;
        return this;
    }

    /** Handles failures of this type (and subtypes) here instead of in the error dialog. */
    public <E extends Throwable> BackgroundTask<T> onExpected(Class<E> type, Consumer<? super E> handler) {
        expected.put(type, e -> handler.accept(type.cast(e)));
        return this;
    }

    /** Keeps a short task (a search) out of the status bar's task list. */
    public BackgroundTask<T> hidden() {
        this.visible = false;
        return this;
    }

    public String titleKey() {
        return titleKey;
    }

    public Object[] titleArgs() {
        return titleArgs.clone();
    }

    boolean visible() {
        return visible;
    }

    T execute(Work work) throws Exception {
        return job.run(work);
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinally.run();
        }
    }

    void cancelled() {
        try {
            onCancelled.run();
        } finally {
            onFinally.run();
        }
    }

    /** Gives the failure to its expected handler, or to {@code unexpected}. */
    void failed(Throwable error, Consumer<Throwable> unexpected) {
        try {
            for (var e : expected.entrySet()) {
                if (e.getKey().isInstance(error)) {
                    e.getValue().accept(error);
                    return;
                }
            }
            unexpected.accept(error);
        } finally {
            onFinally.run();
        }
    }
}
