-- Trade Kit schema version 5: print runs (issue 4). See docs/decisions/0018.
--
-- One row per run of labels printed for a lot (to a PDF or a printer), a synced entity written
-- through WriteTx like any other. A serialised run stores its serial RANGE, not one row per
-- serial: serial_tag (the printing device's short tag) and the numbers serial_first..serial_last,
-- so serials read tag-number ("K7QD-1"). A serial is traced back to its run by range.
-- Who printed: device_id and os_user today; profile_id is for the later PIN profiles.
CREATE TABLE print_run (
    id           TEXT PRIMARY KEY,
    _cl          INTEGER NOT NULL DEFAULT 1,
    _hlc         INTEGER NOT NULL,
    _versions    TEXT,
    lot_id       TEXT,
    product_id   TEXT,
    layout       TEXT,
    stock        TEXT,
    label_count  INTEGER,
    copies       INTEGER,
    serial_tag   TEXT,
    serial_first INTEGER,
    serial_last  INTEGER,
    lang         TEXT,
    destination  TEXT,
    device_id    TEXT,
    os_user      TEXT,
    profile_id   TEXT,
    printed_at   TEXT,    -- as recorded, with its offset: 2026-11-23T09:30:00+07:00
    printed_ms   INTEGER  -- the same instant in epoch milliseconds, for ordering
);
CREATE INDEX print_run_lot ON print_run (lot_id, serial_tag, serial_last);
CREATE INDEX print_run_device ON print_run (device_id);
