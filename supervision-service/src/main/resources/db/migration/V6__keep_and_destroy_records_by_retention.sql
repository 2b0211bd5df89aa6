-- How long each organisation keeps a worker's supervision records after their last day in post. An
-- organisation without a row has the service's default (supervision.retention.years-after-end).
create table retention_policy (
    organisation    text        primary key,
    years_after_end int         not null check (years_after_end between 1 and 100),
    updated_at      timestamptz not null
);

-- One AES-256 data key per worker, sealed (wrapped) under the service's master key and bound to its
-- organisation and worker. What is about one worker is sealed with their key; destroying their
-- records deletes it, and with it every copy of that content, wherever a copy is (crypto-shredding).
create table worker_data_key (
    id           uuid        primary key,
    organisation text        not null,
    worker_id    text        not null,
    wrapped_key  bytea       not null,
    created_at   timestamptz not null,
    unique (organisation, worker_id)
);

-- The register of destruction: what a records manager decided to destroy, when, why and what it
-- was (counts only). It is kept: the Records Management Code of Practice asks for a record of
-- what was destroyed.
create table destruction_decision (
    id              uuid        primary key,
    organisation    text        not null,
    worker_id       text        not null,
    end_date        date        not null,
    years_after_end int         not null,
    due_since       date        not null,
    reason          text        not null check (length(reason) between 1 and 1000),
    decided_by      text        not null,
    decided_by_name text,
    decided_at      timestamptz not null,
    agreements      int         not null,
    sessions        int         not null,
    agenda_items    int         not null
);
create index destruction_decision_by_worker on destruction_decision (organisation, worker_id, decided_at);
