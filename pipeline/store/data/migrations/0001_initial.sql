-- thidua store, schema version 1. See docs/store.md for the meaning of every column.

-- One row per source file seen by `thidua ingest` (keyed by its absolute path).
CREATE TABLE sources (
    path              TEXT PRIMARY KEY,
    sha256            TEXT NOT NULL,
    size_bytes        INTEGER NOT NULL,
    format            TEXT,
    status            TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'failed')),
    reason            TEXT,
    hint              TEXT,
    doc_id            INTEGER REFERENCES documents (doc_id) ON DELETE SET NULL,
    extractor_version TEXT NOT NULL,
    extract_seconds   REAL,
    worker            TEXT,
    run_id            INTEGER REFERENCES runs (run_id),
    ingested_at       TEXT NOT NULL
);
CREATE INDEX sources_sha256 ON sources (sha256);
CREATE INDEX sources_doc_id ON sources (doc_id);

-- One row per distinct content (sha256): the plan record and its main fields.
CREATE TABLE documents (
    doc_id            INTEGER PRIMARY KEY,
    sha256            TEXT NOT NULL UNIQUE,
    source_path       TEXT NOT NULL,
    format            TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('ok', 'partial')),
    warnings          TEXT NOT NULL,              -- JSON list of strings
    extractor_version TEXT NOT NULL,
    record_version    TEXT NOT NULL,
    doc_type          TEXT,
    number            TEXT,
    issue_date        TEXT,
    place             TEXT,
    title             TEXT,
    province_name     TEXT,
    province_code     TEXT,
    province_merged_2025 TEXT,
    issuer_name       TEXT,
    issuer_kind       TEXT,
    signer_name       TEXT,
    signer_title      TEXT,
    pages             INTEGER,
    ocr               INTEGER NOT NULL,
    text_chars        INTEGER NOT NULL,
    identity_key      TEXT,
    duplicate_of      INTEGER REFERENCES documents (doc_id) ON DELETE SET NULL,
    record            TEXT NOT NULL,              -- the whole plan record, JSON
    stored_at         TEXT NOT NULL
);
CREATE INDEX documents_identity_key ON documents (identity_key);
CREATE INDEX documents_province ON documents (province_code);

-- One row per `thidua ingest` run.
CREATE TABLE runs (
    run_id            INTEGER PRIMARY KEY,
    started_at        TEXT NOT NULL,
    finished_at       TEXT,
    extractor_version TEXT NOT NULL,
    executor          TEXT NOT NULL,
    jobs              INTEGER,
    counts            TEXT                        -- JSON {status: count}, set at the end
);

-- Record parts, one row per list item, with the item's evidence.
-- `idx` is the item's position in its list in the record.
CREATE TABLE citations (
    doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('legal_basis', 'references')),
    idx INTEGER NOT NULL,
    doc_type TEXT, number TEXT, date TEXT, issuer TEXT, title TEXT,
    quote TEXT, start INTEGER, "end" INTEGER, page INTEGER, section TEXT, rule TEXT,
    PRIMARY KEY (doc_id, role, idx)
);
CREATE TABLE criteria (
    doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT, target TEXT,
    quote TEXT, start INTEGER, "end" INTEGER, page INTEGER, section TEXT, rule TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE award_forms (
    doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    form TEXT, label TEXT, conferrer TEXT, standard TEXT,
    quote TEXT, start INTEGER, "end" INTEGER, page INTEGER, section TEXT, rule TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE quotas (
    doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    award TEXT, recipient_kind TEXT, min INTEGER, max INTEGER, unlimited INTEGER,
    per TEXT, selected_by TEXT,
    quote TEXT, start INTEGER, "end" INTEGER, page INTEGER, section TEXT, rule TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE thresholds (
    doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    award TEXT, recipient_kind TEXT, amount_vnd INTEGER, basis TEXT,
    quote TEXT, start INTEGER, "end" INTEGER, page INTEGER, section TEXT, rule TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE deadlines (
    doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    date TEXT, action TEXT, action_kind TEXT, "to" TEXT,
    quote TEXT, start INTEGER, "end" INTEGER, page INTEGER, section TEXT, rule TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE recipients (
    doc_id INTEGER NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT, expanded TEXT, level TEXT,
    quote TEXT, start INTEGER, "end" INTEGER, page INTEGER, section TEXT, rule TEXT,
    PRIMARY KEY (doc_id, idx)
);
