create table sample_record (
    id           uuid primary key,
    organisation text         not null,
    title        varchar(100) not null,
    quantity     integer      not null
);

create table sample_applied (
    event_id     text primary key,
    subject      text    not null,
    applied      integer not null
);
