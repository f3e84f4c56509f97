package org.tradekit.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReadAheadTest {

    /** A source of {@code rows} one-cell rows that fails at row {@code failAt} (0: never). */
    static final class Numbered implements RowSource {
        final int rows;
        final int failAt;
        final AtomicInteger read = new AtomicInteger();

        Numbered(int rows, int failAt) {
            this.rows = rows;
            this.failAt = failAt;
        }

        @Override
        public SourceInfo info() {
            return null;
        }

        @Override
        public List<String> headers() {
            return List.of("n");
        }

        @Override
        public SourceRow next() {
            int n = read.incrementAndGet();
            if (n == failAt) {
                throw new CatalogFileException("import.error.damaged", "x");
            }
            return n > rows ? null : new SourceRow(n, List.of(Integer.toString(n)));
        }

        @Override
        public long position() {
            return read.get();
        }

        @Override
        public long size() {
            return rows;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void handsOutEveryRowInOrderInBatches() {
        List<Long> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        try (ReadAhead<Long> ahead = new ReadAhead<>(new Numbered(1000, 0), SourceRow::row, 64)) {
            ReadAhead.Batch<Long> b;
            while ((b = ahead.next()) != null) {
                seen.addAll(b.rows());
                sizes.add(b.rows().size());
                assertThat(b.position()).isGreaterThanOrEqualTo(seen.get(seen.size() - 1));
            }
            assertThat(ahead.next()).isNull();
        }
        assertThat(seen).hasSize(1000).isSorted().startsWith(1L).endsWith(1000L);
        assertThat(sizes).allMatch(s -> s <= 64).hasSize(16);
    }

    @Test
    void aDamagedFileFailsAtTheBatchWhereItBroke() {
        List<Long> seen = new ArrayList<>();
        try (ReadAhead<Long> ahead = new ReadAhead<>(new Numbered(1000, 200), SourceRow::row, 64)) {
            assertThatThrownBy(() -> {
                ReadAhead.Batch<Long> b;
                while ((b = ahead.next()) != null) {
                    seen.addAll(b.rows());
                }
            }).isInstanceOf(CatalogFileException.class);
        }
        assertThat(seen).hasSize(192); // three whole batches before row 200
    }

    @Test
    void leavingEarlyStopsReadingAheadWithFlatMemory() {
        Numbered source = new Numbered(1_000_000, 0);
        ReadAhead<Long> ahead = new ReadAhead<>(source, SourceRow::row, 64);
        assertThat(ahead.next().rows()).hasSize(64);
        ahead.close(); // returns: the reading thread has stopped
        int readWhenClosed = source.read.get();
        assertThat(readWhenClosed).as("rows read ahead: at most a few batches").isLessThan(64 * 8);
        assertThat(source.read.get()).isEqualTo(readWhenClosed);
    }
}
