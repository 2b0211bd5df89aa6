package org.pswcp.supervision.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.problem.ConflictException;
import org.pswcp.kit.problem.FieldError;
import org.pswcp.kit.problem.InvalidInputException;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.time.Today;
import org.pswcp.supervision.Events;
import org.pswcp.supervision.agreement.AgreementDtos.AgreementView;
import org.pswcp.supervision.agreement.AgreementDtos.EndAgreement;
import org.pswcp.supervision.agreement.AgreementDtos.NewAgreement;
import org.pswcp.supervision.roster.WorkerRepository;

import io.quarkus.panache.common.Sort;

/**
 * Supervision agreements, as HR pushes them: who supervises whom. Starting and ending one is announced on
 * {@code supervision.events}, in the same transaction, so that assessment-service knows who may assess whom.
 */
@ApplicationScoped
public class AgreementService {

    private final AgreementRepository agreements;
    private final WorkerRepository workers;
    private final Outbox outbox;
    private final Caller caller;
    private final Today today;

    AgreementService(AgreementRepository agreements, WorkerRepository workers, Outbox outbox, Caller caller,
            Today today) {
        this.agreements = agreements;
        this.workers = workers;
        this.outbox = outbox;
        this.caller = caller;
        this.today = today;
    }

    /**
     * Records an agreement in the caller's organisation and announces it. Both workers must be on the roster, since
     * compliance is counted over the roster. A pair has at most one agreement of a type on any day: a second one that
     * overlaps it is a conflict, while one that follows it is how an agreement is renewed.
     */
    @Transactional
    @Audited(action = "agreement.create", resourceType = "agreement")
    public AgreementView create(NewAgreement request) {
        List<FieldError> faults = new ArrayList<>();
        // Locking the supervisee makes two concurrent requests for one pair take turns at the overlap check below.
        if (workers.findVisibleByWorkerIdForUpdate(request.superviseeWorkerId()).isEmpty()) {
            faults.add(new FieldError("superviseeWorkerId", "is not on your organisation's roster"));
        }
        if (workers.findVisibleByWorkerId(request.supervisorWorkerId()).isEmpty()) {
            faults.add(new FieldError("supervisorWorkerId", "is not on your organisation's roster"));
        }
        faults.addAll(Agreement.faultsOf(request.superviseeWorkerId(), request.supervisorWorkerId(),
                request.frequency(), request.startDate(), request.endDate()));
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        if (agreements.overlapping(request.superviseeWorkerId(), request.supervisorWorkerId(), request.type(),
                request.startDate(), request.endDate())) {
            throw new ConflictException("Worker " + request.supervisorWorkerId() + " already has a " + request.type()
                    + " agreement to supervise worker " + request.superviseeWorkerId()
                    + " on some of these dates. End it first, or start this one after it ends.");
        }
        Agreement agreement = new Agreement(caller.organisation(), request.superviseeWorkerId(),
                request.supervisorWorkerId(), request.type(), request.frequency(), request.format(),
                request.location(), request.startDate(), request.endDate(), Instant.now());
        agreements.persist(agreement);
        outbox.record(event(agreement, Events.AGREEMENT_STARTED,
                new AgreementStarted(agreement.id(), agreement.superviseeWorkerId(), agreement.supervisorWorkerId(),
                        agreement.type(), agreement.frequency(), agreement.format(), agreement.startDate(),
                        agreement.endDate())));
        return AgreementView.of(agreement, today());
    }

    /** Ends an agreement on the day HR names, and announces it. An agreement is ended once. */
    @Transactional
    @Audited(action = "agreement.end", resourceType = "agreement")
    public AgreementView end(@AuditedResourceId UUID id, EndAgreement request) {
        Agreement agreement = agreements.findVisibleForUpdate(id)
                .orElseThrow(() -> new ResourceNotFoundException("supervision agreement", id));
        agreement.end(request.endDate(), request.reason(), Instant.now());
        outbox.record(event(agreement, Events.AGREEMENT_ENDED, new AgreementEnded(agreement.id(),
                agreement.superviseeWorkerId(), agreement.supervisorWorkerId(), agreement.endDate())));
        return AgreementView.of(agreement, today());
    }

    /** An agreement the caller sees; one they do not is not found, so its existence stays private. */
    @Transactional
    public AgreementView get(UUID id) {
        return agreements.findVisible(id)
                .filter(AgreementViewer.of(caller)::sees)
                .map(a -> AgreementView.of(a, today()))
                .orElseThrow(() -> new ResourceNotFoundException("supervision agreement", id));
    }

    /** A page of the agreements the caller sees, oldest first. {@code active} is judged on today's date. */
    @Transactional
    public Page<AgreementView> list(String superviseeWorkerId, String supervisorWorkerId, Boolean active,
            String cursor, int limit) {
        LocalDate today = today();
        return agreements.page(AgreementViewer.of(caller),
                new AgreementRepository.Filter(superviseeWorkerId, supervisorWorkerId, active, today), cursor, limit,
                a -> AgreementView.of(a, today));
    }

    /**
     * Every agreement of the organisation in which the worker supervises or is supervised, oldest first, whoever asks:
     * the caller decides who may (a subject access export).
     */
    @Transactional
    public List<AgreementView> of(String workerId) {
        LocalDate today = today();
        return agreements.ofWorker(workerId).stream().map(a -> AgreementView.of(a, today)).toList();
    }

    /** How many agreements of the caller's organisation the worker is supervised under, ended or not. */
    @Transactional
    public long countSupervised(String workerId) {
        return agreements.findVisible("superviseeWorkerId = :worker", Map.of("worker", workerId), Sort.empty())
                .count();
    }

    /**
     * Deletes the agreements under which the worker was supervised in the caller's organisation, and the overdue
     * notices of each, when the worker's records are destroyed; their sessions must be gone first. Agreements in which
     * they supervised someone else stay: they are that person's records. Returns how many were deleted.
     */
    @Transactional
    public int forgetSupervised(String workerId) {
        List<UUID> ids = agreements.findVisible("superviseeWorkerId = :worker", Map.of("worker", workerId),
                Sort.empty()).stream().map(Agreement::id).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        agreements.getEntityManager().createNativeQuery("delete from overdue_notice where agreement_id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
        agreements.getEntityManager().createQuery("delete from Agreement where id in :ids")
                .setParameter("ids", ids).executeUpdate();
        return ids.size();
    }

    private LocalDate today() {
        return today.date();
    }

    private static OutgoingEvent event(Agreement agreement, String type, Object data) {
        return OutgoingEvent.of(Events.TOPIC, type, agreement.superviseeWorkerId(),
                "agreements/" + agreement.id(), data)
                .organisation(agreement.organisation())
                .dataref("/v1/agreements/" + agreement.id());
    }
}
