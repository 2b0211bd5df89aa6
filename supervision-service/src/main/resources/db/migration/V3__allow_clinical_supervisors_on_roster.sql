-- Clinicians who supervise peer support workers in clinical settings go on the roster too, so that
-- agreements can name them; they are not counted as peer support workers.
alter table worker drop constraint worker_role_check;
alter table worker add constraint worker_role_check
    check (role in ('PSW', 'SENIOR_PSW', 'PEER_COORDINATOR', 'PSW_SPECIALIST', 'CLINICAL_SUPERVISOR'));
