-- The key store: one AES-256 data key per worker, sealed (wrapped) under the service's master key and
-- bound to its organisation and worker. What is about one worker is sealed with their key; destroying
-- their records deletes it, and with it every copy of that content (crypto-shredding). It is a database
-- of its own so that its backups can be kept for days while the service's own are kept for weeks: once
-- the key store's backups from before a destruction have expired, no backup of either database opens
-- the destroyed worker's content, with any key (docs/DATA-PROTECTION.md, "At rest").
create table worker_data_key (
    id           uuid        primary key,
    organisation text        not null,
    worker_id    text        not null,
    wrapped_key  bytea       not null,
    created_at   timestamptz not null,
    unique (organisation, worker_id)
);
