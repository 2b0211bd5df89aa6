-- In a group session, what is about one supervisee is theirs and the supervisor's alone: their
-- notes and wellbeing reflections are kept on their own row, beside their comment. What the whole
-- group may read is kept once, as shared notes. All of it is AES-GCM ciphertext.
alter table session_supervisee add column notes bytea;
alter table session_supervisee add column wellbeing_reflections bytea;
alter table supervision_session add column shared_notes bytea;

-- Notes and reflections recorded before were kept once per session. In a one-to-one session they
-- are about its one supervisee, and stay theirs; in a group session they cannot be attributed to
-- one person, so from now on only the supervisor reads them. The ciphertext is left as it is (its
-- context names the session, not a person); the columns say what it has become.
alter table supervision_session rename column notes to unattributed_notes;
alter table supervision_session rename column wellbeing_reflections to unattributed_wellbeing_reflections;
