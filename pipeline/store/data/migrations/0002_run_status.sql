-- thidua store, schema version 2: a run says whether it is still going.
-- A run killed with SIGKILL never reaches `finished_at`; its `pid` on `host` (gone)
-- and its last `heartbeat_at` (each stored document) tell it from a running one.
ALTER TABLE runs ADD COLUMN status TEXT NOT NULL DEFAULT 'running'
    CHECK (status IN ('running', 'finished', 'interrupted', 'killed'));
ALTER TABLE runs ADD COLUMN host TEXT;
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN heartbeat_at TEXT;
UPDATE runs SET status = CASE WHEN finished_at IS NULL THEN 'killed' ELSE 'finished' END;
