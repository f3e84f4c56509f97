-- Trade Kit schema version 3: events imported from partners' EPCIS documents (docs/decisions/0012).
--
-- They are not ours to sign: they are synced entities (written through WriteTx, one change row per
-- field), each keyed by the reader's stable identity (the row id is a name-based UUID of it, so two
-- devices importing the same document make the same rows and re-imports add nothing), and each
-- names the SHA-256 of the document it came from.

-- The identity a lot has in partners' documents when it was made by an import (an EPCIS class:
-- urn:epc:class:lgtin:..., or a Digital Link), so the next import finds it again.
ALTER TABLE lot ADD COLUMN epc_class TEXT;
CREATE INDEX lot_epc_class ON lot (epc_class) WHERE epc_class IS NOT NULL;

CREATE TABLE trace_external_event (
    id              TEXT PRIMARY KEY,
    _cl             INTEGER NOT NULL DEFAULT 1,
    _hlc            INTEGER NOT NULL,
    _versions       TEXT,
    identity        TEXT,    -- the eventID, else sha-256:<content hash> (EventIdentity)
    document_sha256 TEXT,    -- hex SHA-256 of the imported file's bytes
    sender          TEXT,    -- the document's sender, when it names one
    event_type      TEXT,    -- ObjectEvent, TransformationEvent...
    action          TEXT,
    event_time      TEXT,    -- ISO with the event's own offset
    event_ms        INTEGER,
    biz_step        TEXT,
    disposition     TEXT,
    read_point      TEXT,
    biz_location    TEXT,
    imported_at     TEXT
);
CREATE INDEX trace_external_event_time ON trace_external_event (event_ms);

-- One lot line of an imported event: input, output or object, with its class id, quantity and unit.
CREATE TABLE trace_external_line (
    id        TEXT PRIMARY KEY,
    _cl       INTEGER NOT NULL DEFAULT 1,
    _hlc      INTEGER NOT NULL,
    _versions TEXT,
    event_id  TEXT,
    role      TEXT,    -- input, output, object
    lot_id    TEXT,    -- the matched or created lot; null for an id that is not a lot (an SGTIN...)
    epc_class TEXT,
    quantity  REAL,
    uom       TEXT
);
CREATE INDEX trace_external_line_event ON trace_external_line (event_id);
CREATE INDEX trace_external_line_lot ON trace_external_line (lot_id);
