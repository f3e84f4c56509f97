-- Trade Kit schema version 6: fairs, leads and consent (issue 5). See docs/decisions/0025.
--
-- All synced entities (the four columns of V1), written through WriteTx with one change row per
-- changed field. Uniqueness of a person (email, phone, name + company) cannot be enforced offline:
-- the derived keys email_key, name_key and company_key (computed on every write, never logged) and
-- phone_e164 are indexed so that possible duplicates are found at capture in one index probe each.

CREATE TABLE fair (
    id        TEXT PRIMARY KEY,
    _cl       INTEGER NOT NULL DEFAULT 1,
    _hlc      INTEGER NOT NULL,
    _versions TEXT,
    name      TEXT,
    city      TEXT,
    country   TEXT,    -- ISO 3166-1 alpha-2
    starts    TEXT,    -- ISO date
    ends      TEXT,
    booth     TEXT,
    staff     TEXT     -- the booth staff, one name per line
);
CREATE INDEX fair_starts ON fair (starts);

-- Which fair this or that device is capturing for: name 'current_fair/<device id>', value the fair id.
CREATE TABLE lead_setting (
    id        TEXT PRIMARY KEY,
    _cl       INTEGER NOT NULL DEFAULT 1,
    _hlc      INTEGER NOT NULL,
    _versions TEXT,
    name      TEXT,
    value     TEXT
);
CREATE INDEX lead_setting_name ON lead_setting (name);

CREATE TABLE lead (
    id               TEXT PRIMARY KEY,
    _cl              INTEGER NOT NULL DEFAULT 1,
    _hlc             INTEGER NOT NULL,
    _versions        TEXT,
    fair_id          TEXT,
    staff            TEXT,
    device_id        TEXT,
    captured_at      TEXT,    -- as recorded, with its offset
    name             TEXT,
    company          TEXT,
    job_title        TEXT,
    country          TEXT,    -- ISO 3166-1 alpha-2, upper case
    email            TEXT,
    phone_e164       TEXT,    -- +84901234567, when the number could be normalised
    phone_raw        TEXT,    -- as given: nothing the visitor wrote is lost
    messaging_kind   TEXT,    -- zalo, wechat, whatsapp, kakaotalk, line
    messaging_handle TEXT,
    buyer_type       TEXT,    -- importer, distributor, wholesaler, retailer, horeca, processor, consumer
    volume           TEXT,
    target_price     TEXT,
    rating           TEXT,    -- hot, warm, cold
    notes            TEXT,
    follow_up        TEXT,    -- ISO date
    samples          INTEGER, -- 1 when samples were requested
    brochure         INTEGER, -- 1 when a brochure was requested
    status           TEXT,    -- new, contacted, samples_sent, negotiating, won, lost
    raw_card         TEXT,    -- the card or badge payload exactly as read
    card_photo       TEXT,    -- SHA-256 of the card photo in the photo store
    email_key        TEXT,    -- derived: the email trimmed and in lower case
    name_key         TEXT,    -- derived: Fold.words(name)
    company_key      TEXT     -- derived: Fold.words(company)
);
CREATE INDEX lead_fair ON lead (fair_id, captured_at);
CREATE INDEX lead_captured ON lead (captured_at); -- the unfiltered list, newest first, without a sort
CREATE INDEX lead_country ON lead (country);
CREATE INDEX lead_rating ON lead (rating);
CREATE INDEX lead_status ON lead (status);
CREATE INDEX lead_staff ON lead (staff);
CREATE INDEX lead_email_key ON lead (email_key);
CREATE INDEX lead_phone ON lead (phone_e164);
CREATE INDEX lead_name_company ON lead (name_key, company_key);

-- Products of interest: one row per (lead, product).
CREATE TABLE lead_product (
    id         TEXT PRIMARY KEY,
    _cl        INTEGER NOT NULL DEFAULT 1,
    _hlc       INTEGER NOT NULL,
    _versions  TEXT,
    lead_id    TEXT,
    product_id TEXT
);
CREATE INDEX lead_product_lead ON lead_product (lead_id);
CREATE INDEX lead_product_product ON lead_product (product_id, lead_id);

-- The consent under which a lead's personal data is kept (Decree 13/2023, GDPR): what for, the
-- exact text shown and its version, when and by whom it was taken.
CREATE TABLE lead_consent (
    id           TEXT PRIMARY KEY,
    _cl          INTEGER NOT NULL DEFAULT 1,
    _hlc         INTEGER NOT NULL,
    _versions    TEXT,
    lead_id      TEXT,
    purpose      TEXT,
    text         TEXT,
    text_version TEXT,
    given_at     TEXT,
    staff        TEXT
);
CREATE INDEX lead_consent_lead ON lead_consent (lead_id);
