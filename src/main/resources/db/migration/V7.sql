-- Trade Kit schema version 7: per-fair questions and their answers, merged duplicates, and the
-- language a buyer is written to in (issue 5). See docs/decisions/0026.
--
-- All synced entities (the four columns of V1), written through WriteTx.

-- The qualifying questions asked at one fair's booth, in the order shown on the capture screen.
CREATE TABLE fair_question (
    id        TEXT PRIMARY KEY,
    _cl       INTEGER NOT NULL DEFAULT 1,
    _hlc      INTEGER NOT NULL,
    _versions TEXT,
    fair_id   TEXT,
    position  INTEGER,
    kind      TEXT,    -- text, single, multiple
    prompt    TEXT,
    choices   TEXT     -- single and multiple: one choice per line
);
CREATE INDEX fair_question_fair ON fair_question (fair_id, position);

-- A lead's answer to one question: the text, or the chosen choices one per line.
CREATE TABLE lead_answer (
    id          TEXT PRIMARY KEY,
    _cl         INTEGER NOT NULL DEFAULT 1,
    _hlc        INTEGER NOT NULL,
    _versions   TEXT,
    lead_id     TEXT,
    question_id TEXT,
    value       TEXT
);
CREATE INDEX lead_answer_lead ON lead_answer (lead_id);

-- A duplicate merged into the lead it was the same person as: who captured it, where and when,
-- and what they noted, so that merging keeps both captures' notes and their authors.
CREATE TABLE lead_merge (
    id          TEXT PRIMARY KEY,
    _cl         INTEGER NOT NULL DEFAULT 1,
    _hlc        INTEGER NOT NULL,
    _versions   TEXT,
    lead_id     TEXT,    -- the lead kept
    merged_id   TEXT,    -- the lead merged into it (tombstoned)
    fair_id     TEXT,
    staff       TEXT,
    device_id   TEXT,
    captured_at TEXT,
    notes       TEXT,
    raw_card    TEXT,
    merged_at   TEXT
);
CREATE INDEX lead_merge_lead ON lead_merge (lead_id);

-- The language follow-ups are written in (vi, en, zh, ko, ja); null: chosen from the country.
ALTER TABLE lead ADD COLUMN lang TEXT;
