package org.tradekit.catalog.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads and parses a file's rows on a second thread while the caller writes the previous ones:
 * on a two-core laptop the parsing then overlaps the database work instead of adding to it. At
 * most {@code DEPTH} batches wait, so memory stays flat however long the file. A failure while
 * reading (a damaged file) reaches the caller at the batch where it happened.
 *
 * @param <T> a parsed row
 */
final class ReadAhead<T> implements AutoCloseable {
    private static final int DEPTH = 4;

    /** Rows parsed, and how far the file had been read after them (for progress). */
    record Batch<T>(List<T> rows, long position) {
    }

    private record Failure(RuntimeException error) {
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;

    ReadAhead(RowSource source, Function<SourceRow, T> parse, int batchSize) {
        thread = new Thread(() -> produce(source, parse, batchSize), "import-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch, or null once every row has been handed out. */
    @SuppressWarnings("unchecked")
    Batch<T> next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Failure f) {
            ended = true;
            throw f.error();
        }
        return (Batch<T>) item;
    }

    private void produce(RowSource source, Function<SourceRow, T> parse, int batchSize) {
        Object last;
        try {
            List<T> rows = new ArrayList<>(batchSize);
            SourceRow row;
            while (!stopped && (row = source.next()) != null) {
                rows.add(parse.apply(row));
                if (rows.size() == batchSize) {
                    hand(new Batch<>(rows, source.position()));
                    rows = new ArrayList<>(batchSize);
                }
            }
            if (!rows.isEmpty()) {
                hand(new Batch<>(rows, source.position()));
            }
            last = END;
        } catch (RuntimeException e) {
            last = new Failure(e);
        }
        hand(last);
    }

    /** Waits for room, giving up when the caller has stopped taking batches. */
    private void hand(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops reading (the caller may leave early: cancelled, or failed) and waits for the thread. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
