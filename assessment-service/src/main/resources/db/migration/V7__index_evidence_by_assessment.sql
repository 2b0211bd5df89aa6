-- Profiles read a worker's evidence by assessment: without this index every read scanned the whole evidence table,
-- which grows with the nation's assessments, not with the worker's.
create index evidence_by_assessment on evidence (assessment_id);
