package org.tradekit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inserts and change rows are written in batches; a transaction still reads its own writes and fails whole. */
class WriteTxBatchTest {
    static final EntityType PRODUCT = new EntityType("product", "product", List.of("sku", "name_vi", "price_vnd"));
    static final EntityType CERT = new EntityType("product_certification", "product_certification",
            List.of("product_id", "scheme"));

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"), Clock.systemUTC(), f -> {
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    long count(String sql) {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static Map<String, Object> values(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void aTransactionReadsUpdatesAndDeletesRowsItHasNotFlushedYet() {
        db.write(tx -> {
            for (int i = 0; i < 150; i++) { // more than one batch, two shapes
                tx.insert(PRODUCT, "p" + i, i % 2 == 0 ? values("sku", "S" + i, "name_vi", "Tên " + i)
                        : values("sku", "S" + i, "price_vnd", (long) i));
            }
            tx.insert(CERT, "c1", values("product_id", "p149", "scheme", "HACCP"));
            assertThat(tx.query("SELECT count(*) FROM product", rs -> rs.getLong(1))).containsExactly(150L);
            assertThat(tx.update(PRODUCT, "p149", values("name_vi", "Mới"))).isEqualTo(1);
            assertThat(tx.delete(CERT, "c1")).isTrue();
            tx.insert(PRODUCT, "p150", values("sku", "S150"));
            assertThat(tx.delete(PRODUCT, "p150")).isTrue();
            return null;
        });
        assertThat(count("SELECT count(*) FROM product")).isEqualTo(151);
        assertThat(count("SELECT count(*) FROM product WHERE _cl % 2 = 1")).isEqualTo(150);
        assertThat(count("SELECT count(*) FROM product WHERE id = 'p149' AND name_vi = 'Mới' AND price_vnd = 149"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM product_certification WHERE _cl = 2")).isEqualTo(1);
        // 151 EXIST + 150*2 SET + 1 update + cert EXIST + 2 SET + cert delete + p150 delete
        assertThat(count("SELECT count(*) FROM change")).isEqualTo(151 + 301 + 1 + 1 + 2 + 1 + 1);
        assertThat(count("SELECT max(origin_seq) - min(origin_seq) + 1 - count(*) FROM change"))
                .as("origin_seq has no gaps").isZero();
        assertThat(count("SELECT count(DISTINCT txn_seq) FROM change")).isEqualTo(1);
    }

    @Test
    void aRowThatBreaksAConstraintWhenFlushedFailsTheWholeTransaction() {
        db.write(tx -> {
            tx.insert(PRODUCT, "dup", values("sku", "A"));
            return null;
        });
        long changes = count("SELECT count(*) FROM change");
        assertThatThrownBy(() -> db.write(tx -> {
            for (int i = 0; i < 10; i++) {
                tx.insert(PRODUCT, "ok" + i, values("sku", "B" + i));
            }
            tx.insert(PRODUCT, "dup", values("sku", "again")); // UNIQUE (id): fails at the flush, at commit
            return null;
        })).isInstanceOf(StoreException.class);
        assertThat(count("SELECT count(*) FROM product")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM change")).isEqualTo(changes);
        db.write(tx -> { // and the next transaction is fine
            tx.insert(PRODUCT, "next", values("sku", "C"));
            return null;
        });
        assertThat(count("SELECT count(*) FROM product")).isEqualTo(2);
    }
}
