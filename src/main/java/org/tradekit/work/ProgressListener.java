package org.tradekit.work;

/** Receives progress from long work in services; the UI adapts it to its own task type. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = p -> {
    };

    void onProgress(Progress progress);
}
