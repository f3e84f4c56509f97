-- Trade Kit schema version 2: traceability (issue 3). See docs/decisions/0008.
--
-- Members, plots, locations, lots, trace settings and published device keys are synced entities
-- (the four columns of V1), written through WriteTx with one change row per changed field.
--
-- Events are append-only: a trace_event row is inserted once with the exact bytes of its body,
-- their SHA-256, the hash of the device's previous event and an Ed25519 signature, together with
-- ONE change row of kind EVENT carrying the same bytes. Rows are never updated or deleted
-- (the triggers below refuse it); a mistake is corrected by an error declaration and corrective
-- events. lot_movement, lot_edge and event_retraction are derived from event bodies in the same
-- transaction and never logged: whoever applies an event derives them again.

CREATE TABLE member (
    id             TEXT PRIMARY KEY,
    _cl            INTEGER NOT NULL DEFAULT 1,
    _hlc           INTEGER NOT NULL,
    _versions      TEXT,
    code           TEXT,
    name           TEXT,
    commune        TEXT,
    province       TEXT,
    phone          TEXT,
    certifications TEXT,
    notes          TEXT
);
CREATE INDEX member_name ON member (name);

CREATE TABLE plot (
    id        TEXT PRIMARY KEY,
    _cl       INTEGER NOT NULL DEFAULT 1,
    _hlc      INTEGER NOT NULL,
    _versions TEXT,
    member_id TEXT,
    name      TEXT,
    area_m2   REAL,
    latitude  REAL,
    longitude REAL,
    crop      TEXT
);
CREATE INDEX plot_member ON plot (member_id);

CREATE TABLE location (
    id        TEXT PRIMARY KEY,
    _cl       INTEGER NOT NULL DEFAULT 1,
    _hlc      INTEGER NOT NULL,
    _versions TEXT,
    name      TEXT,
    kind      TEXT,
    gln       TEXT,
    address   TEXT
);

-- A lot of a product. Its quantity is not a column: it is the sum of its movements.
-- (product_id, code) is unique among live lots; the service checks it (sync may bring a
-- duplicate made offline on another device, so the database cannot refuse it).
CREATE TABLE lot (
    id              TEXT PRIMARY KEY,
    _cl             INTEGER NOT NULL DEFAULT 1,
    _hlc            INTEGER NOT NULL,
    _versions       TEXT,
    product_id      TEXT,
    code            TEXT,
    production_date TEXT,
    best_before     TEXT,
    expiry_date     TEXT,
    unit            TEXT,
    member_id       TEXT,
    plot_id         TEXT,
    status          TEXT,
    supplier_name   TEXT,
    supplier_lot    TEXT,
    supplier_expiry TEXT,
    notes           TEXT
);
CREATE INDEX lot_product_code ON lot (product_id, code);
CREATE INDEX lot_code ON lot (code);

-- Cooperative-wide traceability settings (the lot code pattern...), one row per name.
CREATE TABLE trace_setting (
    id        TEXT PRIMARY KEY,
    _cl       INTEGER NOT NULL DEFAULT 1,
    _hlc      INTEGER NOT NULL,
    _versions TEXT,
    name      TEXT,
    value     TEXT
);

-- The public keys that sign events, published (synced) so that any device can verify any chain.
CREATE TABLE trace_device_key (
    id         TEXT PRIMARY KEY,
    _cl        INTEGER NOT NULL DEFAULT 1,
    _hlc       INTEGER NOT NULL,
    _versions  TEXT,
    device_id  TEXT,
    key_id     TEXT,
    algorithm  TEXT,
    public_key TEXT,
    created    TEXT
);
CREATE INDEX trace_device_key_key ON trace_device_key (key_id);

-- This device's private signing key: local, never synced (like the device row).
CREATE TABLE device_signing_key (
    key_id      TEXT PRIMARY KEY,
    device_id   TEXT    NOT NULL,
    algorithm   TEXT    NOT NULL,
    private_key BLOB    NOT NULL,
    public_key  BLOB    NOT NULL,
    created_ms  INTEGER NOT NULL
);

CREATE TABLE trace_event (
    id         TEXT PRIMARY KEY,
    device_id  TEXT    NOT NULL,
    seq        INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    event_time TEXT    NOT NULL, -- as recorded, with its offset: 2026-11-23T09:30:00+07:00
    event_ms   INTEGER NOT NULL, -- the same instant in epoch milliseconds, for ranges
    place_id   TEXT,
    body       BLOB    NOT NULL, -- the exact bytes first written (compact JSON)
    hash       BLOB    NOT NULL, -- SHA-256 of body
    prev_hash  BLOB,             -- hash of the same device's previous event (seq - 1)
    key_id     TEXT    NOT NULL,
    signature  BLOB    NOT NULL, -- Ed25519 over body
    UNIQUE (device_id, seq)
);
CREATE INDEX trace_event_time ON trace_event (event_ms);

CREATE TRIGGER trace_event_no_update BEFORE UPDATE ON trace_event BEGIN
    SELECT RAISE(ABORT, 'trace events are append-only: declare an error and record a corrective event');
END;
CREATE TRIGGER trace_event_no_delete BEFORE DELETE ON trace_event BEGIN
    SELECT RAISE(ABORT, 'trace events are append-only: declare an error and record a corrective event');
END;

-- Quantities into (+) and out of (-) a lot, in thousandths of the lot's unit: a lot's stock is
-- the sum. role: produced, consumed, shipped, sold, disposed, observed (0), reversed (an error
-- declaration undoing the declared event's movement).
CREATE TABLE lot_movement (
    lot_id     TEXT    NOT NULL,
    event_id   TEXT    NOT NULL,
    event_ms   INTEGER NOT NULL,
    role       TEXT    NOT NULL,
    quantity   INTEGER NOT NULL,
    party_type TEXT,
    party_name TEXT
);
CREATE INDEX lot_movement_lot ON lot_movement (lot_id, quantity);
CREATE INDEX lot_movement_event ON lot_movement (event_id);

-- Lot-to-lot lineage: every input lot of a processing or packing event to every output lot.
CREATE TABLE lot_edge (
    parent_id TEXT NOT NULL,
    child_id  TEXT NOT NULL,
    event_id  TEXT NOT NULL,
    step      TEXT NOT NULL,
    PRIMARY KEY (parent_id, child_id, event_id)
) WITHOUT ROWID;
CREATE INDEX lot_edge_child ON lot_edge (child_id, parent_id);

-- Events declared erroneous (their movements are reversed, their links no longer count).
CREATE TABLE event_retraction (
    event_id       TEXT PRIMARY KEY,
    declaration_id TEXT NOT NULL,
    reason         TEXT NOT NULL
) WITHOUT ROWID;
