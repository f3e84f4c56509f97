package org.tradekit.work;

/** What a long piece of work receives: where to report progress and how to learn it was cancelled. */
public record Work(ProgressListener progress, CancelToken cancel) {
    public static final Work NONE = new Work(ProgressListener.NONE, CancelToken.NEVER);

    public void report(long done, long total, String messageKey, Object... args) {
        progress.onProgress(Progress.of(done, total, messageKey, args));
    }
}
