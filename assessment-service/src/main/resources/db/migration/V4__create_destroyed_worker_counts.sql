-- What HR's competence summary counted of workers whose records were destroyed, with no worker id: per organisation
-- and framework version, how many workers, and per area how many had met it, were developing it or were not assessed.
-- The summary adds them to what it computes from the records still held, so its totals do not change on destruction.
create table destroyed_worker_count (
    organisation         text   not null,
    framework_version_id uuid   not null,
    workers              bigint not null,
    primary key (organisation, framework_version_id)
);

create table destroyed_area_count (
    organisation         text   not null,
    framework_version_id uuid   not null,
    area_code            text   not null,
    met                  bigint not null,
    developing           bigint not null,
    not_assessed         bigint not null,
    primary key (organisation, framework_version_id, area_code)
);
