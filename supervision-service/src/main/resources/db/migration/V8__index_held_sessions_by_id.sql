-- Compliance, the team agenda and the overdue check ask for the last held session of each of many agreements. Without
-- this index PostgreSQL joined them by scanning every session of every organisation (bench P9, 203,000 sessions: 130 ms
-- for a 500-worker trust's agreements); with it, it looks up the agreements' own held sessions (29 ms): a cost that
-- grows with the trust, not the nation.
create index supervision_session_held on supervision_session (id) include (held_on) where status = 'HELD';
