-- An area that has no statements (the meta-competences 7.1, the organisational competences 9.1 and 9.2) is rated as a
-- whole: a rating names a statement or such an area, never both. The primary key cannot hold a column that may be
-- empty, so each kind of rating is unique per assessment by its own constraint.
alter table rating drop constraint rating_pkey;
alter table rating
    add column area_code text,
    alter column statement_code drop not null,
    add constraint rating_of_statement_or_area check (num_nonnulls(statement_code, area_code) = 1),
    add constraint rating_one_per_statement unique (assessment_id, statement_code),
    add constraint rating_one_per_area unique (assessment_id, area_code);

-- The areas without statements a piece of evidence shows, as evidence_statement holds the statements.
create table evidence_area (
    evidence_id uuid not null references evidence (id) on delete cascade,
    area_code   text not null,
    primary key (evidence_id, area_code)
);
