package org.tradekit.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.tradekit.work.CancelToken;
import org.tradekit.work.Progress;

/** A task while it runs, as the status bar shows it: title, latest progress, and a way to cancel it. */
public final class RunningTask {
    private final String titleKey;
    private final Object[] titleArgs;
    private final CancelToken token = new CancelToken();
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(this, "cancelRequested");

    RunningTask(String titleKey, Object[] titleArgs) {
        this.titleKey = titleKey;
        this.titleArgs = titleArgs;
    }

    public String titleKey() {
        return titleKey;
    }

    public Object[] titleArgs() {
        return titleArgs.clone();
    }

    /** The latest progress the work reported (null before the first report). Changes on the FX thread. */
    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    /** Asks the work to stop at its next check; it unwinds and its transaction rolls back. */
    public void cancel() {
        token.cancel();
        cancelRequested.set(true);
    }

    CancelToken token() {
        return token;
    }

    void setProgress(Progress p) {
        progress.set(p);
    }
}
