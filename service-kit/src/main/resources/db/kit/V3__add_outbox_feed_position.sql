-- The change feed over HTTP (GET /v1/changes) serves published events in the order the relay published them. An
-- event's feed position is taken when the relay marks it published, under a lock held to commit, so a position is
-- visible only once every smaller one is: a reader past position n never finds a smaller one appear later, as it could
-- with ids or created_at, which are taken before the writing transactions commit (in whatever order they commit).
create sequence outbox_feed_position;
alter table outbox_event add column feed_position bigint;
create unique index outbox_event_feed on outbox_event (organisation, feed_position) where feed_position is not null;
-- The newest position of all, which a replica with waiting readers checks once a second for what others published.
create index outbox_event_feed_position on outbox_event (feed_position) where feed_position is not null;

-- How far the feed of each organisation has been purged (published events older than the outbox's retention): a
-- cursor before this position has missed events, and must start again from the lists.
create table outbox_feed_horizon (
    organisation   text primary key,
    purged_through bigint not null
);
