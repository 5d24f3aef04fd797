-- thidua store, schema version 3: views for researchers who query the store in SQL.
-- `labels` holds the Vietnamese and English labels of the vocabularies (award,
-- occasion, recipient_kind, action_kind, doc_type) and of the stored province
-- names, each with `sort_key`: a text whose byte order is Vietnamese alphabetical
-- order (a b c d đ …, tones only break ties), so `ORDER BY province_sort` sorts as a
-- Vietnamese reader expects in any SQLite client. `thidua ingest` refills it.
-- Every view keeps the evidence (quote, page) of its values; `occasion` is an
-- added field of the record, read from its JSON. See docs/store.md.
CREATE TABLE labels (
    vocab    TEXT NOT NULL,
    id       TEXT NOT NULL,
    vi       TEXT NOT NULL,
    en       TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    PRIMARY KEY (vocab, id)
);
CREATE VIEW plan_view AS
SELECT d.doc_id, d.source_path, d.status, d.doc_type, d.number, d.issue_date, d.title,
       d.province_name AS province, d.province_code, d.province_merged_2025,
       pl.sort_key AS province_sort, d.issuer_name, d.issuer_kind, d.duplicate_of
FROM documents AS d
LEFT JOIN labels AS pl ON pl.vocab = 'province' AND pl.id = d.province_name;
CREATE VIEW quota_view AS
SELECT p.doc_id, p.province, p.province_sort, p.number AS plan_number,
       p.issue_date AS plan_date, q.idx, q.award,
       COALESCE(al.vi, q.award) AS award_label, al.sort_key AS award_sort,
       q.recipient_kind, COALESCE(kl.vi, q.recipient_kind) AS recipient_label,
       q.min, q.max, q.unlimited, q.per, q.selected_by,
       json_extract(d.record, '$.quotas[' || q.idx || '].occasion') AS occasion,
       COALESCE(ol.vi, '(không nêu dịp)') AS occasion_label,
       q.quote, q.page, q.section
FROM quotas AS q
JOIN plan_view AS p ON p.doc_id = q.doc_id
JOIN documents AS d ON d.doc_id = q.doc_id
LEFT JOIN labels AS al ON al.vocab = 'award' AND al.id = q.award
LEFT JOIN labels AS kl ON kl.vocab = 'recipient_kind' AND kl.id = q.recipient_kind
LEFT JOIN labels AS ol ON ol.vocab = 'occasion'
    AND ol.id = json_extract(d.record, '$.quotas[' || q.idx || '].occasion')
WHERE p.duplicate_of IS NULL;
CREATE VIEW citation_view AS
SELECT p.doc_id, p.province, p.province_sort, p.number AS plan_number,
       p.issue_date AS plan_date, p.title AS plan_title, c.role, c.idx,
       c.doc_type AS cited_doc_type, COALESCE(tl.vi, c.doc_type) AS cited_doc_type_label,
       c.number AS cited_number, c.date AS cited_date, c.issuer AS cited_issuer,
       c.title AS cited_title,
       CAST(julianday(p.issue_date) - julianday(c.date) AS INTEGER) AS lag_days,
       c.quote, c.page, c.section
FROM citations AS c
JOIN plan_view AS p ON p.doc_id = c.doc_id
LEFT JOIN labels AS tl ON tl.vocab = 'doc_type' AND tl.id = c.doc_type
WHERE p.duplicate_of IS NULL;
CREATE VIEW deadline_view AS
SELECT p.doc_id, p.province, p.province_sort, p.number AS plan_number,
       p.issue_date AS plan_date, dl.idx, dl.date,
       CAST(julianday(dl.date) - julianday(p.issue_date) AS INTEGER) AS days_after_plan,
       dl.action_kind, COALESCE(kl.vi, dl.action_kind) AS action_label,
       json_extract(d.record, '$.deadlines[' || dl.idx || '].occasion') AS occasion,
       COALESCE(ol.vi, '(không nêu dịp)') AS occasion_label,
       dl.action, dl."to", dl.quote, dl.page, dl.section
FROM deadlines AS dl
JOIN plan_view AS p ON p.doc_id = dl.doc_id
JOIN documents AS d ON d.doc_id = dl.doc_id
LEFT JOIN labels AS kl ON kl.vocab = 'action_kind' AND kl.id = dl.action_kind
LEFT JOIN labels AS ol ON ol.vocab = 'occasion'
    AND ol.id = json_extract(d.record, '$.deadlines[' || dl.idx || '].occasion')
WHERE p.duplicate_of IS NULL;
