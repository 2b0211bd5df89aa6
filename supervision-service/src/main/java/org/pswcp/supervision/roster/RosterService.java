package org.pswcp.supervision.roster;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.Events;
import org.pswcp.supervision.roster.RosterDtos.PutWorker;
import org.pswcp.supervision.roster.RosterDtos.WorkerView;

/** The roster HR pushes: who the organisation's peer support workers are. */
@ApplicationScoped
public class RosterService {

    /** The outcome of an upsert: whether it created the worker. */
    public record Upserted(WorkerView worker, boolean created) {
    }

    private final WorkerRepository workers;
    private final Outbox outbox;
    private final Caller caller;

    RosterService(WorkerRepository workers, Outbox outbox, Caller caller) {
        this.workers = workers;
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * Creates or updates a worker in the caller's organisation. A push that changes nothing announces nothing, so HR
     * systems may push their whole workforce as often as they like.
     */
    @Transactional
    @Audited(action = "worker.put", resourceType = "worker")
    public Upserted put(@AuditedResourceId String workerId, PutWorker record) {
        Worker worker = workers.findVisibleByWorkerId(workerId).orElse(null);
        boolean created = worker == null;
        if (created) {
            worker = new Worker(caller.organisation(), workerId);
        }
        if (worker.update(record.role(), record.team(), record.startDate(), record.endDate(), Instant.now())) {
            workers.persist(worker);
            outbox.record(OutgoingEvent.of(Events.TOPIC, Events.WORKER_UPDATED, workerId, "workers/" + workerId,
                    new WorkerUpdated(workerId, worker.role(), worker.team(), worker.startDate(), worker.endDate()))
                    .organisation(worker.organisation())
                    .dataref("/v1/workers/" + workerId));
        }
        return new Upserted(WorkerView.of(worker), created);
    }

    /** A worker: HR sees all of the organisation's, a worker sees themself. */
    @Transactional
    public WorkerView get(String workerId) {
        boolean self = caller.isWorker(workerId);
        if (!self && !caller.hasRole(Roles.HR)) {
            throw new ResourceNotFoundException("worker", workerId);
        }
        return workers.findVisibleByWorkerId(workerId).map(WorkerView::of)
                .orElseThrow(() -> new ResourceNotFoundException("worker", workerId));
    }

    @Transactional
    public List<WorkerView> list() {
        return workers.listVisible().stream().map(WorkerView::of).toList();
    }
}
