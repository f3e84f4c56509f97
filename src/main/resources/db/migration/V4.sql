-- Trade Kit schema version 4: bulk writes index the products they add in one statement.

-- Terms wait in memory up to 32 MB before a segment is written: indexing 100k rows in one statement
-- then writes a few large segments instead of merging hundreds of small ones (3.2 s -> 1.7 s).
INSERT INTO product_fts (product_fts, rank) VALUES ('hashsize', 33554432);
-- A bulk write (an import) pauses the triggers for the rows it adds and indexes them in one
-- statement when it ends, in the same transaction: row by row the index costs three times as much.
-- Rows above from_rk were added during the pause and are not in the index yet.
CREATE TABLE derived_fts_pause (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    from_rk   INTEGER NOT NULL
);
DROP TRIGGER product_fts_ai;
CREATE TRIGGER product_fts_ai AFTER INSERT ON product
WHEN new._cl % 2 = 1 AND new.rk <= (SELECT coalesce(max(from_rk), new.rk) FROM derived_fts_pause) BEGIN
    INSERT INTO product_fts (rowid, sku, fts_names, fts_other, fts_text)
    VALUES (new.rk, new.sku, new.fts_names, new.fts_other, new.fts_text);
END;
DROP TRIGGER product_fts_ad;
CREATE TRIGGER product_fts_ad AFTER DELETE ON product
WHEN old._cl % 2 = 1 AND old.rk <= (SELECT coalesce(max(from_rk), old.rk) FROM derived_fts_pause) BEGIN
    INSERT INTO product_fts (product_fts, rowid, sku, fts_names, fts_other, fts_text)
    VALUES ('delete', old.rk, old.sku, old.fts_names, old.fts_other, old.fts_text);
END;
DROP TRIGGER product_fts_au;
CREATE TRIGGER product_fts_au AFTER UPDATE ON product
WHEN new.rk <= (SELECT coalesce(max(from_rk), new.rk) FROM derived_fts_pause) BEGIN
    INSERT INTO product_fts (product_fts, rowid, sku, fts_names, fts_other, fts_text)
    SELECT 'delete', old.rk, old.sku, old.fts_names, old.fts_other, old.fts_text WHERE old._cl % 2 = 1;
    INSERT INTO product_fts (rowid, sku, fts_names, fts_other, fts_text)
    SELECT new.rk, new.sku, new.fts_names, new.fts_other, new.fts_text WHERE new._cl % 2 = 1;
END;
