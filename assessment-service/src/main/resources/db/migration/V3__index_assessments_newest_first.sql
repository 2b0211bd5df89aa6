-- Lists of assessments read an organisation's rows newest first (created_at, then id), a page at a time from a
-- cursor; the primary key served the former order by id alone.
create index assessment_newest_first on assessment (organisation, created_at desc, id desc);
