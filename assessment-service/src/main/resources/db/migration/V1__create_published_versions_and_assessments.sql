-- This service's own copy of the framework versions published by framework-service, built from
-- FrameworkVersionPublished events: ratings are validated against it without calling another service.
create table published_framework_version (
    version_id     uuid primary key,
    framework_id   uuid        not null,
    framework_code text        not null,
    version_code   text        not null,
    title          text        not null,
    published_at   timestamptz not null,
    received_at    timestamptz not null
);

create table assessment (
    id                   uuid primary key,
    organisation         text        not null,
    kind                 text        not null check (kind in ('SELF', 'SUPERVISOR', 'DIRECT_OBSERVATION', 'ORGANISATIONAL')),
    subject_worker_id    text        not null,
    author_subject       text        not null,
    framework_version_id uuid        not null references published_framework_version (version_id),
    status               text        not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'SIGNED_OFF')),
    created_at           timestamptz not null,
    submitted_at         timestamptz,
    version              bigint      not null default 0
);
create index assessment_by_subject on assessment (organisation, subject_worker_id);
