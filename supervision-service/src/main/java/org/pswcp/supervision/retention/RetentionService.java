package org.pswcp.supervision.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.kit.audit.AuditOutcome;
import org.pswcp.kit.audit.AuditTrail;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.destruction.KitRecords;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.problem.ConflictException;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.time.Today;
import org.pswcp.supervision.Events;
import org.pswcp.supervision.SupervisionConfig;
import org.pswcp.supervision.agenda.Agenda;
import org.pswcp.supervision.agreement.AgreementService;
import org.pswcp.supervision.retention.RetentionDtos.DecisionView;
import org.pswcp.supervision.retention.RetentionDtos.DueView;
import org.pswcp.supervision.retention.RetentionDtos.PolicyView;
import org.pswcp.supervision.roster.RosterImportService;
import org.pswcp.supervision.roster.Worker;
import org.pswcp.supervision.roster.WorkerRepository;
import org.pswcp.supervision.session.SessionService;
import org.pswcp.supervision.session.WorkerKeys;

/**
 * Retention and destruction by the NHS Records Management Code of Practice: each organisation's period, the workers
 * whose records are past it, and a records manager's decision to destroy them. Nothing is destroyed automatically.
 */
@ApplicationScoped
public class RetentionService {

    private final RetentionPolicyRepository policies;
    private final DestructionRegister register;
    private final WorkerRepository workers;
    private final RosterImportService rosterImports;
    private final AgreementService agreements;
    private final SessionService sessions;
    private final Agenda agenda;
    private final WorkerKeys workerKeys;
    private final Outbox outbox;
    private final KitRecords kitRecords;
    private final AuditTrail audit;
    private final Caller caller;
    private final Today today;
    private final SupervisionConfig config;

    RetentionService(RetentionPolicyRepository policies, DestructionRegister register, WorkerRepository workers,
            RosterImportService rosterImports, AgreementService agreements, SessionService sessions, Agenda agenda,
            WorkerKeys workerKeys,
            Outbox outbox, KitRecords kitRecords, AuditTrail audit, Caller caller, Today today,
            SupervisionConfig config) {
        this.policies = policies;
        this.register = register;
        this.workers = workers;
        this.rosterImports = rosterImports;
        this.agreements = agreements;
        this.sessions = sessions;
        this.agenda = agenda;
        this.workerKeys = workerKeys;
        this.outbox = outbox;
        this.kitRecords = kitRecords;
        this.audit = audit;
        this.caller = caller;
        this.today = today;
        this.config = config;
    }

    /** The caller's organisation's period, or the service's default when it has set none. */
    @Transactional
    public PolicyView policy() {
        String organisation = caller.organisation();
        return policies.findByIdOptional(organisation)
                .map(p -> new PolicyView(organisation, p.yearsAfterEnd(), false, p.updatedAt()))
                .orElseGet(() -> new PolicyView(organisation, config.retention().yearsAfterEnd(), true, null));
    }

    /** Sets the caller's organisation's period; audited as {@code retention-policy.put}. */
    @Transactional
    public PolicyView putPolicy(int yearsAfterEnd) {
        String organisation = caller.organisation();
        Instant now = Instant.now();
        RetentionPolicy policy = policies.findByIdOptional(organisation).orElse(null);
        if (policy == null) {
            policies.persist(new RetentionPolicy(organisation, yearsAfterEnd, now));
        } else {
            policy.change(yearsAfterEnd, now);
        }
        audit.record("retention-policy.put", "retention-policy", organisation, AuditOutcome.SUCCEEDED, null);
        return policy();
    }

    /**
     * A page of the workers of the caller's organisation whose records are past the period today (on the organisation's
     * calendar), with what is held about each. Workers whose records were destroyed are no longer on the roster, so
     * never here.
     */
    @Transactional
    public Page<DueView> due(String cursor, int limit) {
        int years = policy().yearsAfterEnd();
        return workers.endedOnOrBefore(RetentionPolicy.lastEndDateDueOn(today.date(), years), cursor, limit,
                w -> new DueView(w.workerId(), w.endDate(), RetentionPolicy.dueSince(w.endDate(), years),
                        held(w.workerId())));
    }

    /**
     * Destroys everything supervision-service holds about a worker of the caller's organisation whose records are past
     * the period, on a records manager's decision, in one transaction: the worker's data key (so that no copy of their
     * confidential content opens again), the sessions' content about them, their agreements as a supervisee, their
     * agenda, their roster record and the outbox's copies of events about them. Records the decision in the register of
     * destruction and announces {@code WorkerRecordsDestroyed}, so that the other services destroy their copies.
     * Audited as {@code records.destroyed}.
     */
    @Transactional
    @Audited(action = "records.destroyed", resourceType = "worker")
    public DecisionView destroy(@AuditedResourceId String workerId, String reason) {
        Worker worker = workers.findVisibleByWorkerIdForUpdate(workerId).orElse(null);
        if (worker == null) {
            DestructionDecision earlier = register.latestAbout(workerId)
                    .orElseThrow(() -> new ResourceNotFoundException("worker", workerId));
            throw new ConflictException("This worker's records were destroyed on " + earlier.decidedAt() + ".");
        }
        if (worker.endDate() == null) {
            throw new ConflictException("This worker has no end date: their records are kept while they are in"
                    + " post.");
        }
        int years = policy().yearsAfterEnd();
        LocalDate dueSince = RetentionPolicy.dueSince(worker.endDate(), years);
        if (worker.endDate().isAfter(RetentionPolicy.lastEndDateDueOn(today.date(), years))) {
            throw new ConflictException("This worker's records are kept until " + dueSince.minusDays(1) + " ("
                    + years + " years after their end date); they cannot be destroyed before.");
        }
        Instant decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // Sessions first: a supervisee's place in one names the agreement they were supervised under.
        int sessionsReceived = sessions.forget(workerId);
        int agreementsSupervised = agreements.forgetSupervised(workerId);
        Held held = new Held(agreementsSupervised, sessionsReceived, agenda.forget(workerId));
        workerKeys.destroy(worker.organisation(), workerId);
        rosterImports.forget(workerId);
        workers.delete(worker);
        // The outbox's copies of what was announced about them (their roster record, agreements, observations) go
        // too, as in every service; events about others keep their place, naming the marker instead of them. The
        // service does not know the worker's accounts: stored answers naming them go, by their content.
        kitRecords.forget(worker.organisation(), workerId, List.of(), decidedAt);

        DestructionDecision decision = new DestructionDecision(worker.organisation(), workerId, worker.endDate(),
                years, dueSince, reason, caller.subject(), caller.displayName(), decidedAt, held);
        register.persist(decision);
        outbox.record(OutgoingEvent.of(Events.TOPIC, Events.WORKER_RECORDS_DESTROYED, workerId, "workers/" + workerId,
                new WorkerRecordsDestroyed(workerId, worker.organisation(), decision.decidedAt(), decision.id()))
                .organisation(worker.organisation())
                .dataref("/v1/workers/" + workerId + "/destruction"));
        return DecisionView.of(decision);
    }

    /** The latest decision to destroy the worker's records, in the caller's organisation. */
    @Transactional
    public DecisionView decision(String workerId) {
        return register.latestAbout(workerId).map(DecisionView::of)
                .orElseThrow(() -> new ResourceNotFoundException("destruction decision", workerId));
    }

    private Held held(String workerId) {
        return new Held((int) agreements.countSupervised(workerId), sessions.countReceived(workerId),
                (int) agenda.countOf(workerId));
    }
}
