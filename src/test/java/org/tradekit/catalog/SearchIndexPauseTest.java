package org.tradekit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;

/** A bulk write with the search index paused leaves the same index as writing row by row. */
class SearchIndexPauseTest {
    @TempDir
    Path dir;
    AppContext app;
    String kept;
    String renamed;
    String deleted;

    @BeforeEach
    void open() {
        app = TestContexts.open(dir);
        kept = app.catalog().save(TestContexts.product("KEEP-1", "Mật ong rừng", "Forest honey")).id();
        renamed = app.catalog().save(TestContexts.product("REN-1", "Trà xanh", "Green tea")).id();
        deleted = app.catalog().save(TestContexts.product("DEL-1", "Nước mắm", "Fish sauce")).id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void rowsAddedDuringAPauseAreIndexedOnResumeAndOlderRowsStayCurrent() {
        app.database().write(tx -> {
            SearchIndexPause.pause(tx);
            String added = CatalogService.write(tx, TestContexts.product("NEW-1", "Cà phê chồn", "Weasel coffee"));
            // a row added during the pause and changed again before the resume
            tx.update(CatalogEntities.PRODUCT, added, Map.of("name_en", "Civet coffee"));
            tx.update(CatalogEntities.PRODUCT, renamed, Map.of("name_vi", "Trà shan tuyết"));
            tx.delete(CatalogEntities.PRODUCT, deleted);
            String gone = CatalogService.write(tx, TestContexts.product("NEW-2", "Bưởi da xanh", "Pomelo"));
            tx.delete(CatalogEntities.PRODUCT, gone);
            SearchIndexPause.resume(tx);
            return null;
        });

        assertIndexIntact();
        assertThat(skus("civet")).containsExactly("NEW-1");
        assertThat(skus("weasel")).isEmpty();
        assertThat(skus("shan tuyet")).containsExactly("REN-1");
        assertThat(skus("tra xanh")).isEmpty();
        assertThat(skus("nuoc mam")).isEmpty();
        assertThat(skus("buoi")).isEmpty();
        assertThat(skus("mat ong")).containsExactly("KEEP-1");
    }

    @Test
    void aRolledBackPauseLeavesTheTriggersIndexingAgain() {
        assertThatThrownBy(() -> app.database().write(tx -> {
            SearchIndexPause.pause(tx);
            CatalogService.write(tx, TestContexts.product("NEW-1", "Cà phê chồn", "Weasel coffee"));
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");

        app.catalog().save(TestContexts.product("NEW-3", "Xoài sấy dẻo", "Dried mango"));
        assertThat(skus("xoai say")).containsExactly("NEW-3");
        assertThat(skus("weasel")).isEmpty();
        assertIndexIntact();
    }

    @Test
    void onlyDerivedTablesAreWrittenOutsideTheChangeLog() {
        assertThatThrownBy(() -> app.database().write(tx -> tx.writeDerived("UPDATE product SET name_vi = 'x'")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> app.database().write(tx -> tx.writeDerived("SELECT 1 FROM derived_fts_pause")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> skus(String query) {
        return app.productSearch().search(ProductFilter.query(query), 50, TestContexts.TODAY).stream()
                .map(ProductRow::sku).toList();
    }

    /**
     * The index holds exactly the live rows: every term, row, column and position equals that of an
     * index built afresh from them. A missed, stale or doubled entry fails.
     */
    private void assertIndexIntact() {
        long differences = app.database().maintenance(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO product_fts (product_fts, rank) VALUES ('integrity-check', 0)");
                s.execute("CREATE VIRTUAL TABLE temp.fresh USING fts5(sku, fts_names, fts_other, fts_text, "
                        + "tokenize = 'unicode61 remove_diacritics 2')");
                s.execute("INSERT INTO temp.fresh (rowid, sku, fts_names, fts_other, fts_text) "
                        + "SELECT rk, sku, fts_names, fts_other, fts_text FROM product WHERE _cl % 2 = 1");
                s.execute("CREATE VIRTUAL TABLE temp.kept_terms USING fts5vocab(main, product_fts, instance)");
                s.execute("CREATE VIRTUAL TABLE temp.fresh_terms USING fts5vocab(temp, fresh, instance)");
                String all = "SELECT term, doc, col, offset FROM ";
                try (var rs = s.executeQuery("SELECT (SELECT count(*) FROM (" + all + "temp.kept_terms EXCEPT " + all
                        + "temp.fresh_terms)) + (SELECT count(*) FROM (" + all + "temp.fresh_terms EXCEPT " + all
                        + "temp.kept_terms)) + abs((SELECT count(*) FROM temp.kept_terms) - "
                        + "(SELECT count(*) FROM temp.fresh_terms))")) {
                    rs.next();
                    return rs.getLong(1);
                } finally {
                    s.execute("DROP TABLE temp.kept_terms");
                    s.execute("DROP TABLE temp.fresh_terms");
                    s.execute("DROP TABLE temp.fresh");
                }
            }
        });
        assertThat(differences).as("index entries that differ from the live rows").isZero();
    }
}
