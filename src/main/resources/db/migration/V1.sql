-- Trade Kit schema version 1: the device, the change log (sync outbox) and the catalog.
-- Synced entity tables share four columns: id (UUIDv7 made on the device), _cl (causal
-- length: odd = exists, even = deleted), _hlc (clock of the row's creation: the version of
-- every field not named in _versions) and _versions (JSON map field -> HLC of later values).
-- They are written only through the store's WriteTx, which appends to `change`.

CREATE TABLE device (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id       TEXT    NOT NULL,
    next_origin_seq INTEGER NOT NULL,
    next_txn_seq    INTEGER NOT NULL,
    last_hlc        INTEGER NOT NULL
);

CREATE TABLE origin (
    id        INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL UNIQUE
);

-- One row per changed field (SET) or existence change (EXIST), grouped by transaction.
-- Keyed by (origin, origin_seq): the change's identity and idempotency key, appended in order.
CREATE TABLE change (
    origin     INTEGER NOT NULL REFERENCES origin (id),
    origin_seq INTEGER NOT NULL,
    txn_seq    INTEGER NOT NULL,
    entity     TEXT    NOT NULL,
    row_id     TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('SET', 'EXIST', 'EVENT')),
    field      TEXT,
    value,
    hlc        INTEGER NOT NULL,
    base_hlc   INTEGER,
    schema_ver INTEGER NOT NULL,
    wall_ms    INTEGER NOT NULL,
    PRIMARY KEY (origin, origin_seq)
) WITHOUT ROWID;

CREATE VIEW change_log AS
SELECT o.device_id AS origin_id, c.origin_seq, c.txn_seq, c.entity, c.row_id, c.kind,
       c.field, c.value, c.hlc, c.base_hlc, c.schema_ver, c.wall_ms
FROM change c JOIN origin o ON o.id = c.origin;

CREATE TABLE coop_profile (
    id          TEXT PRIMARY KEY,
    _cl         INTEGER NOT NULL DEFAULT 1,
    _hlc        INTEGER NOT NULL,
    _versions   TEXT,
    name_vi     TEXT,
    name_en     TEXT,
    address     TEXT,
    province    TEXT,
    phone       TEXT,
    email       TEXT,
    website     TEXT,
    logo_sha256 TEXT,
    gs1_prefix  TEXT,
    trace_domain TEXT,
    currency    TEXT
);

CREATE TABLE product (
    rk                     INTEGER PRIMARY KEY, -- stable rowid for the search index
    id                     TEXT    NOT NULL UNIQUE,
    _cl                    INTEGER NOT NULL DEFAULT 1,
    _hlc                   INTEGER NOT NULL,
    _versions              TEXT,
    sku                    TEXT,
    name_vi                TEXT,
    name_en                TEXT,
    description_vi         TEXT,
    description_en         TEXT,
    category               TEXT,
    ocop_stars             INTEGER CHECK (ocop_stars IS NULL OR ocop_stars IN (3, 4, 5)),
    ocop_certificate_no    TEXT,
    ocop_level             TEXT,
    ocop_decision_date     TEXT,
    ocop_expiry_date       TEXT,
    gtin                   TEXT,
    net_quantity           REAL,
    unit                   TEXT,
    packaging              TEXT,
    shelf_life_days        INTEGER,
    storage_vi             TEXT,
    storage_en             TEXT,
    ingredients_vi         TEXT,
    ingredients_en         TEXT,
    allergens_vi           TEXT,
    allergens_en           TEXT,
    hs_code                TEXT,
    province               TEXT,
    commune                TEXT,
    price_vnd              INTEGER,
    wholesale_price_vnd    INTEGER,
    export_price_usd_cents INTEGER,
    moq                    INTEGER,
    primary_photo          TEXT,
    status                 TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    -- derived on every write from the names (Fold.words), not logged: exact and leading matches by index
    name_key_vi            TEXT,
    name_key_en            TEXT,
    -- search columns: SQLite's remove_diacritics folds every mark but never đ -> d
    fts_names TEXT GENERATED ALWAYS AS (
        replace(replace(coalesce(name_vi, '') || ' ' || coalesce(name_en, ''), 'Đ', 'D'), 'đ', 'd')) VIRTUAL,
    fts_other TEXT GENERATED ALWAYS AS (
        replace(replace(coalesce(category, '') || ' ' || coalesce(province, '') || ' ' || coalesce(commune, '')
            || ' ' || coalesce(gtin, '') || ' ' || coalesce(hs_code, ''), 'Đ', 'D'), 'đ', 'd')) VIRTUAL,
    fts_text TEXT GENERATED ALWAYS AS (
        replace(replace(coalesce(description_vi, '') || ' ' || coalesce(description_en, ''), 'Đ', 'D'), 'đ', 'd')) VIRTUAL
);
CREATE INDEX product_sku ON product (sku COLLATE NOCASE);
CREATE INDEX product_gtin ON product (gtin);
CREATE INDEX product_category ON product (category);
CREATE INDEX product_name_key_vi ON product (name_key_vi) WHERE _cl % 2 = 1;
CREATE INDEX product_name_key_en ON product (name_key_en) WHERE _cl % 2 = 1;

-- The search index holds live rows only (odd _cl), so a search never reads tombstones.
-- Prefix indexes keep type-ahead queries ("c", "ca", "cap") fast.
CREATE VIRTUAL TABLE product_fts USING fts5(
    sku, fts_names, fts_other, fts_text,
    content = 'product', content_rowid = 'rk',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
CREATE TRIGGER product_fts_ai AFTER INSERT ON product WHEN new._cl % 2 = 1 BEGIN
    INSERT INTO product_fts (rowid, sku, fts_names, fts_other, fts_text)
    VALUES (new.rk, new.sku, new.fts_names, new.fts_other, new.fts_text);
END;
CREATE TRIGGER product_fts_ad AFTER DELETE ON product WHEN old._cl % 2 = 1 BEGIN
    INSERT INTO product_fts (product_fts, rowid, sku, fts_names, fts_other, fts_text)
    VALUES ('delete', old.rk, old.sku, old.fts_names, old.fts_other, old.fts_text);
END;
CREATE TRIGGER product_fts_au AFTER UPDATE ON product BEGIN
    INSERT INTO product_fts (product_fts, rowid, sku, fts_names, fts_other, fts_text)
    SELECT 'delete', old.rk, old.sku, old.fts_names, old.fts_other, old.fts_text WHERE old._cl % 2 = 1;
    INSERT INTO product_fts (rowid, sku, fts_names, fts_other, fts_text)
    SELECT new.rk, new.sku, new.fts_names, new.fts_other, new.fts_text WHERE new._cl % 2 = 1;
END;

CREATE TABLE product_certification (
    id          TEXT PRIMARY KEY,
    _cl         INTEGER NOT NULL DEFAULT 1,
    _hlc        INTEGER NOT NULL,
    _versions   TEXT,
    product_id  TEXT NOT NULL,
    scheme      TEXT NOT NULL,
    number      TEXT,
    expiry_date TEXT
);
CREATE INDEX product_certification_product ON product_certification (product_id);

CREATE TABLE product_translation (
    id          TEXT PRIMARY KEY,
    _cl         INTEGER NOT NULL DEFAULT 1,
    _hlc        INTEGER NOT NULL,
    _versions   TEXT,
    product_id  TEXT NOT NULL,
    lang        TEXT NOT NULL,
    name        TEXT,
    description TEXT
);
CREATE INDEX product_translation_product ON product_translation (product_id);

CREATE TABLE product_photo (
    id         TEXT PRIMARY KEY,
    _cl        INTEGER NOT NULL DEFAULT 1,
    _hlc       INTEGER NOT NULL,
    _versions  TEXT,
    product_id TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    caption    TEXT
);
CREATE INDEX product_photo_product ON product_photo (product_id);
