create table framework (
    id          uuid primary key,
    code        text not null unique,
    title       text not null,
    description text,
    version     bigint not null default 0
);

create table framework_version (
    id           uuid primary key,
    framework_id uuid not null references framework (id),
    code         text not null,
    title        text not null,
    status       text not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at   timestamptz not null,
    published_at timestamptz,
    version      bigint not null default 0,
    unique (framework_id, code)
);
