-- The published version's content, as framework-service's event carries it: statements, areas,
-- units, role profiles and the rating scale that assessments are validated and scored against.
alter table published_framework_version add column content text;

alter table assessment
    alter column subject_worker_id drop not null,
    add column subject_team      text,
    add column author_worker_id  text,
    add column signed_off_at     timestamptz,
    add column signed_off_by     text,
    add column returned_at       timestamptz,
    add column return_reason     text;

-- What the assessment covers: competence area codes and single statement codes.
create table assessment_scope (
    assessment_id uuid not null references assessment (id) on delete cascade,
    code          text not null,
    primary key (assessment_id, code)
);

create table rating (
    assessment_id  uuid        not null references assessment (id) on delete cascade,
    statement_code text        not null,
    value          integer     not null,
    comment        text,
    rated_at       timestamptz not null,
    primary key (assessment_id, statement_code)
);

create table evidence (
    id            uuid primary key,
    assessment_id uuid        not null references assessment (id) on delete cascade,
    title         text        not null,
    kind          text        not null,
    occurred_on   date,
    link          text,
    added_at      timestamptz not null
);

create table evidence_statement (
    evidence_id    uuid not null references evidence (id) on delete cascade,
    statement_code text not null,
    primary key (evidence_id, statement_code)
);

-- The workforce as supervision-service announces it: roles, and who supervises whom.
create table worker (
    organisation text        not null,
    worker_id    text        not null,
    role         text        not null,
    team         text        not null,
    updated_at   timestamptz not null,
    primary key (organisation, worker_id)
);

create table supervision_link (
    agreement_id          uuid primary key,
    organisation          text not null,
    supervisee_worker_id  text not null,
    supervisor_worker_id  text not null,
    type                  text not null,
    start_date            date not null,
    end_date              date
);
create index supervision_link_by_pair on supervision_link (organisation, supervisor_worker_id, supervisee_worker_id);

-- Direct observations recorded in supervision sessions: evidence in the worker's profile.
create table observation (
    observation_id       uuid primary key,
    organisation         text        not null,
    worker_id            text        not null,
    observer_worker_id   text        not null,
    framework_version_id uuid        not null,
    level                text        not null,
    observed_on          date        not null,
    recorded_at          timestamptz not null
);
create index observation_by_worker on observation (organisation, worker_id);

create table observation_statement (
    observation_id uuid not null references observation (observation_id) on delete cascade,
    statement_code text not null,
    primary key (observation_id, statement_code)
);

-- The level last announced per worker and area, to emit CompetenceLevelChanged only on a change.
create table area_attainment (
    organisation         text        not null,
    worker_id            text        not null,
    framework_version_id uuid        not null,
    area_code            text        not null,
    level_value          integer,
    status               text        not null,
    updated_at           timestamptz not null,
    primary key (organisation, worker_id, framework_version_id, area_code)
);
