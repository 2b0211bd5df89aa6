package org.pswcp.supervision.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
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

    /** An import writes thousands of workers and events: in JDBC batches of this many. */
    private static final int BATCH = 250;

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
            saveAndAnnounce(worker);
        }
        return new Upserted(WorkerView.of(worker), created);
    }

    /** The organisation's whole roster, by worker id, in one query: what an import is compared with. */
    Map<String, Worker> rosterOf(String organisation) {
        return workers.allIn(organisation).stream()
                .collect(Collectors.toMap(Worker::workerId, Function.identity(), (a, b) -> a, HashMap::new));
    }

    /**
     * Makes an import's changes on the roster {@code current} holds, in the caller's transaction: each worker whose
     * record changes is saved and announced exactly as {@link #put} does; unchanged workers are not touched.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void applyPlan(String organisation, Map<String, Worker> current, List<RosterPlan.Change> plan,
            LocalDate effectiveDate) {
        workers.getEntityManager().unwrap(Session.class).setJdbcBatchSize(BATCH);
        Instant now = Instant.now();
        for (RosterPlan.Change change : plan) {
            Worker worker = current.get(change.workerId());
            boolean changed = switch (change.outcome()) {
                case ADDED -> {
                    worker = new Worker(organisation, change.workerId());
                    yield set(worker, change.row(), now);
                }
                case CHANGED -> set(worker, change.row(), now);
                case ENDED -> worker.update(worker.role(), worker.team(), worker.startDate(), effectiveDate, now);
                case UNCHANGED -> false;
            };
            if (changed) {
                saveAndAnnounce(worker);
            }
        }
    }

    private static boolean set(Worker worker, RosterFile.Row row, Instant now) {
        return worker.update(row.role(), row.team(), row.startDate(), row.endDate(), now);
    }

    /** Saves a changed worker and announces it: the one place WorkerUpdated is made. */
    private void saveAndAnnounce(Worker worker) {
        String workerId = worker.workerId();
        workers.persist(worker);
        outbox.record(OutgoingEvent.of(Events.TOPIC, Events.WORKER_UPDATED, workerId, "workers/" + workerId,
                new WorkerUpdated(workerId, worker.role(), worker.team(), worker.startDate(), worker.endDate()))
                .organisation(worker.organisation())
                .dataref("/v1/workers/" + workerId));
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
