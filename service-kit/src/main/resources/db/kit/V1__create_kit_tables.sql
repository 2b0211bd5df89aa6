-- The service kit's own tables, in schema "kit" with their own migration history, so that each service's
-- migrations and the kit's can evolve without sharing one version sequence.

create table outbox_event (
    id              uuid primary key,
    topic           text        not null,
    event_key       text        not null,
    type            text        not null,
    source          text        not null,
    subject         text        not null,
    organisation    text,
    correlation_id  text,
    dataref         text,
    payload         text        not null, -- the JSON exactly as the service wrote it
    created_at      timestamptz not null,
    published_at    timestamptz,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    claimed_by      text,
    claimed_until   timestamptz,
    last_error      text
);
-- The relay only ever looks at what is still to send.
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

create table inbox_event (
    consumer        text        not null,
    event_id        text        not null,
    event_type      text        not null,
    topic           text        not null,
    topic_partition integer     not null,
    topic_offset    bigint      not null,
    received_at     timestamptz not null,
    primary key (consumer, event_id)
);

create table idempotency_key (
    scope           text        not null,
    idempotency_key text        not null,
    fingerprint     text        not null,
    status          integer,
    body            text,
    content_type    text,
    location        text,
    created_at      timestamptz not null,
    primary key (scope, idempotency_key)
);
create index idempotency_key_created on idempotency_key (created_at);

create table audit_event (
    id             uuid primary key,
    occurred_at    timestamptz not null,
    organisation   text,
    actor          text        not null,
    actor_name     text,
    client_id      text,
    action         text        not null,
    resource_type  text,
    resource_id    text,
    outcome        text        not null,
    reason         text,
    request_id     text,
    correlation_id text
);
create index audit_event_by_organisation on audit_event (organisation, occurred_at desc, id desc);

-- The audit trail is append-only: the database refuses to change or remove its rows.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end;
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
