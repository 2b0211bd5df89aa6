-- Roster files HR uploads: the dry run's counts and errors, then the application's. Errors name a
-- line and a column, with a reason that never quotes the file; at most the first few hundred are kept.
create table roster_import (
    id              uuid        primary key,
    organisation    text        not null,
    status          text        not null check (status in ('PENDING', 'VALIDATING', 'READY', 'APPLYING', 'APPLIED',
                                                           'FAILED', 'EXPIRED')),
    mode            text        not null check (mode in ('FULL', 'PARTIAL')),
    format          text        not null check (format in ('CSV', 'JSON')),
    effective_date  date        not null,
    row_count       int         not null,
    added           int         not null default 0,
    changed         int         not null default 0,
    ended           int         not null default 0,
    unchanged       int         not null default 0,
    invalid_rows    int         not null default 0,
    error_count     int         not null default 0,
    errors          text        not null default '[]',
    valid_rows_only boolean     not null default false,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    applied_at      timestamptz,
    failure         text
);
create index roster_import_unapplied on roster_import (created_at) where status not in ('APPLIED', 'EXPIRED');

-- An import's dry run, staged until it is applied (then deleted) or expires (deleted after
-- supervision.roster-import.keep-unapplied-for): the file's valid rows, the workers it would end,
-- and the worker ids named on its invalid rows.
create table roster_import_row (
    id             uuid primary key,
    import_id      uuid not null references roster_import (id) on delete cascade,
    organisation   text not null,
    line           int,
    worker_id      text not null,
    role           text,
    team           text,
    start_date     date,
    end_date       date,
    kind           text not null check (kind in ('ADDED', 'CHANGED', 'UNCHANGED', 'ENDED', 'INVALID')),
    changed_fields text
);
create index roster_import_row_of_import on roster_import_row (import_id, line);
create index roster_import_row_by_worker on roster_import_row (organisation, worker_id);
