package org.tradekit.catalog;

import java.sql.SQLException;

import org.tradekit.store.WriteTx;

/**
 * Lets a bulk write add products without indexing them one by one: the search index's triggers
 * skip the rows added after {@link #pause}, and {@link #resume} indexes them in one statement, in
 * the same transaction (a 100,000-row import spends a third of the time indexing row by row).
 * Rows that existed before the pause stay indexed as they change. A rollback undoes both.
 */
public final class SearchIndexPause {

    private SearchIndexPause() {
    }

    public static void pause(WriteTx tx) throws SQLException {
        tx.writeDerived("INSERT OR IGNORE INTO derived_fts_pause (singleton, from_rk) "
                + "SELECT 1, coalesce(max(rk), 0) FROM product");
    }

    /** Indexes the live rows added since the pause; call before the transaction ends. */
    public static void resume(WriteTx tx) throws SQLException {
        tx.writeDerived("INSERT INTO product_fts (rowid, sku, fts_names, fts_other, fts_text) "
                + "SELECT rk, sku, fts_names, fts_other, fts_text FROM product "
                + "WHERE rk > (SELECT from_rk FROM derived_fts_pause) AND _cl % 2 = 1");
        tx.writeDerived("DELETE FROM derived_fts_pause");
    }
}
