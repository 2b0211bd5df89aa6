-- Workers whose records were destroyed by a recorded decision, per organisation: the id only, as the destruction
-- register and the audit trail keep it. Events about them stay on Kafka for up to 14 days after the destruction; a
-- rebuild of a consumer's copies or a dead letter replayed in that time would otherwise bring their records back.
-- Consumers check here and apply nothing about them, and name them as "(destroyed)" where a kept record of someone
-- else mentions them (KitRecords, DestroyedWorkers).
create table destroyed_worker (
    organisation text        not null,
    worker_id    text        not null,
    destroyed_at timestamptz not null,
    primary key (organisation, worker_id)
);
