-- HR's competence summary counts the stored area levels of an organisation's workers in a framework version (by area
-- and status, and the workers who have any) instead of folding every signed-off rating of the trust: for a 500-worker
-- trust with years of history that was some 250,000 ratings a request (bench P9: 284 ms of query, 1.3 s p99). This
-- index answers both counts from the index alone, from the trust's own rows; the roster's workers without a level are
-- found by the primary key (organisation, worker_id, framework_version_id, ...).
create index area_attainment_by_version on area_attainment (organisation, framework_version_id, area_code, status)
    include (worker_id);
