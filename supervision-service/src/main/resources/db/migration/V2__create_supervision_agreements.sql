-- Who supervises whom, how often and how (002 §3.3), as HR pushes it.
create table supervision_agreement (
    id                   uuid primary key,
    organisation         text        not null,
    supervisee_worker_id text        not null,
    supervisor_worker_id text        not null,
    type                 text        not null check (type in ('ROLE_SPECIFIC', 'CLINICAL', 'GROUP')),
    frequency            text        not null,
    format               text        not null check (format in ('IN_PERSON', 'VIDEO', 'PHONE')),
    location             text,
    start_date           date        not null,
    end_date             date,
    ended_at             timestamptz,
    end_reason           text,
    created_at           timestamptz not null,
    check (supervisee_worker_id <> supervisor_worker_id),
    check (end_date is null or end_date >= start_date),
    check (end_reason is null or length(end_reason) <= 500)
);
-- Lists page by creation; a worker sees the agreements they give or receive.
create index supervision_agreement_by_creation on supervision_agreement (organisation, created_at, id);
create index supervision_agreement_by_supervisee on supervision_agreement (organisation, supervisee_worker_id);
create index supervision_agreement_by_supervisor on supervision_agreement (organisation, supervisor_worker_id);
