package org.tradekit.work;

/** How far a long piece of work has come: {@code done} of {@code total} (total -1 when unknown). */
public record Progress(long done, long total, String messageKey, Object... args) {
    public static Progress of(long done, long total, String messageKey, Object... args) {
        return new Progress(done, total, messageKey, args);
    }

    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
