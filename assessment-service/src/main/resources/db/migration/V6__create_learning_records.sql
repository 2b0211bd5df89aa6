-- A curriculum unit a worker completed, as their trust's learning system recorded it. The system's own id for the
-- completion (external_id) makes a repeat the same record: one per organisation, system and external id. A withdrawn
-- record stays, marked, so that its history (recorded, corrected, withdrawn) is still there to read.
create table learning_record (
    id                   uuid primary key,
    organisation         text        not null,
    worker_id            text        not null,
    learning_system      text        not null,
    external_id          text        not null,
    framework_version_id uuid        not null,
    unit_code            text        not null,
    completed_on         date        not null,
    provider             text        not null,
    certificate_link     text,
    recorded_at          timestamptz not null,
    corrected_at         timestamptz,
    withdrawn_at         timestamptz,
    version              bigint      not null,
    constraint learning_record_one_per_external_id unique (organisation, learning_system, external_id)
);

create index learning_record_of_worker on learning_record (organisation, worker_id, completed_on);
