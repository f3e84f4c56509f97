package org.tradekit.work;

import java.util.concurrent.CancellationException;

/** Asked by long work between steps; the UI (or Ctrl+C) flips it. */
public final class CancelToken {
    public static final CancelToken NEVER = new CancelToken();
    private volatile boolean cancelled;

    public void cancel() {
        if (this != NEVER) {
            cancelled = true;
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} when cancelled, so work unwinds and its transaction rolls back. */
    public void check() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
