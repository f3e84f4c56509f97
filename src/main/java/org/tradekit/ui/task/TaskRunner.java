package org.tradekit.ui.task;

import javafx.collections.ObservableList;

/**
 * Runs {@link BackgroundTask}s: the work off the FX thread, the callbacks on it. The one way the
 * UI calls services that touch disk, database, network or printer.
 */
public interface TaskRunner {
    /** Starts the task; call on the FX thread. */
    <T> RunningTask run(BackgroundTask<T> task);

    /** The visible tasks that are running now, for the status bar. */
    ObservableList<RunningTask> running();
}
