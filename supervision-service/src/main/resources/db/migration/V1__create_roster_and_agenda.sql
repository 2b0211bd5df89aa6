-- The organisation's peer support workforce, as HR pushes it.
create table worker (
    id           uuid primary key,
    organisation text        not null,
    worker_id    text        not null,
    role         text        not null check (role in ('PSW', 'SENIOR_PSW', 'PEER_COORDINATOR', 'PSW_SPECIALIST')),
    team         text        not null,
    start_date   date        not null,
    end_date     date,
    updated_at   timestamptz not null,
    version      bigint      not null default 0,
    unique (organisation, worker_id),
    check (end_date is null or end_date >= start_date)
);

-- Open items for a worker's next supervision session, built from events.
create table agenda_item (
    id              uuid primary key,
    organisation    text        not null,
    worker_id       text        not null,
    kind            text        not null,
    source_event_id text        not null unique,
    resource_ref    text        not null,
    opened_at       timestamptz not null,
    closed_at       timestamptz
);
create index agenda_item_open on agenda_item (organisation, worker_id) where closed_at is null;
