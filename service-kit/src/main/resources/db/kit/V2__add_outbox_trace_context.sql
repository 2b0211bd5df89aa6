-- The W3C trace context of the work that wrote the event, so that the relay, which runs later on its own thread,
-- sends the event as part of the same trace. Null for events written outside any trace.
alter table outbox_event add column trace_parent text;
alter table outbox_event add column trace_state text;
