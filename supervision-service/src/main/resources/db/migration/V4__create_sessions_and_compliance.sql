-- The parts of each published framework version that supervision records refer to, learned from
-- framework.events: topics name competence areas, direct observations name statements and a level.
create table framework_version (
    id              uuid primary key,
    framework_code  text        not null,
    version_code    text        not null,
    title           text        not null,
    published_at    timestamptz not null,
    area_codes      text[]      not null,
    statement_codes text[]      not null,
    level_codes     text[]      not null,
    received_at     timestamptz not null
);

-- A supervision session as its supervisor records it. Confidential content (notes, wellbeing
-- reflections) is stored only as AES-GCM ciphertext; everything else is metadata HR may see.
create table supervision_session (
    id                    uuid primary key,
    organisation          text        not null,
    kind                  text        not null check (kind in ('ONE_TO_ONE', 'GROUP')),
    status                text        not null check (status in ('HELD', 'CANCELLED', 'MISSED')),
    supervisor_worker_id  text        not null,
    starts_at             timestamptz not null,
    held_on               date        not null,
    duration_minutes      int         not null check (duration_minutes between 1 and 480),
    format                text        not null check (format in ('IN_PERSON', 'VIDEO', 'PHONE')),
    framework_version_id  uuid references framework_version (id),
    topic_area_codes      text[]      not null,
    next_session_on       date,
    notes                 bytea,
    wellbeing_reflections bytea,
    recorded_at           timestamptz not null
);
create index supervision_session_by_supervisor on supervision_session (organisation, supervisor_worker_id, starts_at);
create index supervision_session_by_start on supervision_session (organisation, starts_at, id);

-- The supervisees of a session, each under their agreement with the supervisor; each confirms the
-- record or comments on it (the comment is confidential, so ciphertext).
create table session_supervisee (
    session_id   uuid        not null references supervision_session (id),
    worker_id    text        not null,
    agreement_id uuid        not null references supervision_agreement (id),
    confirmed_at timestamptz,
    comment      bytea,
    primary key (session_id, worker_id)
);
create index session_supervisee_by_worker on session_supervisee (worker_id);
create index session_supervisee_by_agreement on session_supervisee (agreement_id);

-- What was agreed to do before a later session.
create table session_action (
    id              uuid primary key,
    session_id      uuid        not null references supervision_session (id),
    position        int         not null,
    description     text        not null,
    owner_worker_id text        not null,
    due_on          date        not null,
    done_at         timestamptz
);
create index session_action_by_session on session_action (session_id);

-- Direct observation of a supervisee's practice; the comment is confidential, so ciphertext.
create table direct_observation (
    id                   uuid primary key,
    session_id           uuid   not null references supervision_session (id),
    position             int    not null,
    supervisee_worker_id text   not null,
    statement_codes      text[] not null,
    level                text   not null,
    comment              bytea
);
create index direct_observation_by_session on direct_observation (session_id);

-- Agenda items may be due on a day (agreed actions) and are closed by the session that discussed them.
alter table agenda_item add column due_on date;
alter table agenda_item add column closed_by_session uuid references supervision_session (id);

-- One row per agreement and missed period: whichever replica inserts it first announces the
-- period as overdue, so SupervisionOverdue is emitted once however many replicas check.
create table overdue_notice (
    agreement_id uuid        not null references supervision_agreement (id),
    due_on       date        not null,
    noticed_at   timestamptz not null,
    primary key (agreement_id, due_on)
);
