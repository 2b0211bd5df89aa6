package org.pswcp.assessment.learning;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.pswcp.assessment.Events;
import org.pswcp.assessment.frameworkcopy.FrameworkCopies;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.assessment.learning.LearningDtos.LearningRecordCorrection;
import org.pswcp.assessment.learning.LearningDtos.LearningRecordList;
import org.pswcp.assessment.learning.LearningDtos.LearningRecordView;
import org.pswcp.assessment.learning.LearningDtos.NewLearningRecord;
import org.pswcp.assessment.learning.LearningEvents.LearningRecordCorrected;
import org.pswcp.assessment.learning.LearningEvents.LearningRecordWithdrawn;
import org.pswcp.assessment.learning.LearningEvents.LearningRecorded;
import org.pswcp.assessment.learning.LearningRecord.Completion;
import org.pswcp.assessment.workforce.Workforce;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.problem.AccessDeniedException;
import org.pswcp.kit.problem.ConflictException;
import org.pswcp.kit.problem.FieldError;
import org.pswcp.kit.problem.InvalidInputException;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.time.Today;

/**
 * Learning records: a trust's learning system records the curriculum units its workers completed, and corrects or
 * withdraws its own records; the worker, their supervisors, HR and the system read them. Each change and its event
 * commit together.
 */
@ApplicationScoped
public class LearningRecordService {

    private final LearningRecordRepository records;
    private final LearningAccess access;
    private final FrameworkCopies copies;
    private final Workforce workforce;
    private final Outbox outbox;
    private final Caller caller;
    private final Today today;

    LearningRecordService(LearningRecordRepository records, LearningAccess access, FrameworkCopies copies,
            Workforce workforce, Outbox outbox, Caller caller, Today today) {
        this.records = records;
        this.access = access;
        this.copies = copies;
        this.workforce = workforce;
        this.outbox = outbox;
        this.caller = caller;
        this.today = today;
    }

    /** What recording a completion made: the record, and whether it is new or the one an earlier call made. */
    public record Recorded(UUID id, boolean created, LearningRecordView record) {
    }

    /**
     * Records a completion for a worker on the organisation's roster. The same system sending the same external id
     * again gets the record it made, if it says the same; if it says otherwise, a conflict: a change is a correction.
     */
    @Transactional
    @Audited(action = "learning-record.record", resourceType = "learning-record")
    public Recorded record(String workerId, NewLearningRecord request) {
        String organisation = caller.organisation();
        String system = caller.clientId()
                .orElseThrow(() -> new AccessDeniedException("Your token does not name its client."));
        Optional<LearningRecord> existing = records.bySystem(organisation, system, request.externalId());
        // A repeat that names no version means the one its record was made against, not a newer one since.
        FrameworkCopy version = version(Optional.ofNullable(request.frameworkVersionId())
                .or(() -> existing.map(LearningRecord::frameworkVersionId)).orElse(null));
        Completion what = new Completion(version.versionId(), request.unitCode(), request.completedOn(),
                request.provider(), request.certificateLink());
        if (existing.isPresent() && existing.get().says(workerId, what) && !existing.get().isWithdrawn()) {
            return new Recorded(existing.get().id(), false, LearningRecordView.of(existing.get(), version));
        }
        List<FieldError> errors = new ArrayList<>();
        if (workforce.worker(organisation, workerId).isEmpty()) {
            errors.add(new FieldError("workerId", "is not a worker on the roster of " + organisation));
        }
        check(version, what, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (existing.isPresent()) {
            throw new ConflictException(existing.get().isWithdrawn()
                    ? "Your system withdrew the learning record with this externalId; record the completion under a"
                            + " new externalId."
                    : "Your system recorded another completion under this externalId; correct that record with PUT"
                            + " /v1/workers/" + existing.get().workerId() + "/learning-records/"
                            + existing.get().id() + " instead.");
        }
        LearningRecord record = new LearningRecord(organisation, workerId, system, request.externalId(), what,
                Instant.now());
        try {
            records.persistAndFlush(record);
        } catch (ConstraintViolationException e) {
            // Two requests with the same externalId at once: the other one made the record, which a retry returns.
            throw new ConflictException("Another request recorded this externalId at the same moment; send it again"
                    + " to get that record.");
        }
        announce(record, Events.LEARNING_RECORDED, new LearningRecorded(record.id(), workerId, system,
                record.externalId(), record.frameworkVersionId(), record.unitCode(),
                version.coveredBy(record.unitCode()), record.completedOn(), record.provider(), record.recordedAt()));
        return new Recorded(record.id(), true, LearningRecordView.of(record, version));
    }

    /**
     * Its learning system corrects a record: what it says now replaces what it said; the version and external id stay.
     * A correction that changes nothing announces nothing.
     */
    @Transactional
    @Audited(action = "learning-record.correct", resourceType = "learning-record")
    public LearningRecordView correct(String workerId, @AuditedResourceId UUID id,
            LearningRecordCorrection correction) {
        LearningRecord record = own(workerId, id);
        FrameworkCopy version = copies.version(record.frameworkVersionId()).orElseThrow();
        Completion what = new Completion(record.frameworkVersionId(), correction.unitCode(),
                correction.completedOn(), correction.provider(), correction.certificateLink());
        List<FieldError> errors = new ArrayList<>();
        check(version, what, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (record.correct(what, Instant.now())) {
            announce(record, Events.LEARNING_RECORD_CORRECTED, new LearningRecordCorrected(record.id(),
                    record.workerId(), record.learningSystem(), record.externalId(), record.frameworkVersionId(),
                    record.unitCode(), version.coveredBy(record.unitCode()), record.completedOn(),
                    record.provider(), record.correctedAt()));
        }
        return LearningRecordView.of(record, version);
    }

    /**
     * Its learning system withdraws a record: it stays, marked, and counts for nothing. Withdrawing again is a no-op.
     */
    @Transactional
    @Audited(action = "learning-record.withdraw", resourceType = "learning-record")
    public LearningRecordView withdraw(String workerId, @AuditedResourceId UUID id) {
        LearningRecord record = own(workerId, id);
        if (record.withdraw(Instant.now())) {
            announce(record, Events.LEARNING_RECORD_WITHDRAWN, new LearningRecordWithdrawn(record.id(),
                    record.workerId(), record.learningSystem(), record.externalId(), record.frameworkVersionId(),
                    record.unitCode(), record.withdrawnAt()));
        }
        return view(record);
    }

    /** The worker's learning records that the caller may read, by completion date. */
    @Transactional
    public LearningRecordList list(String workerId) {
        return new LearningRecordList(access.readable(workerId, records.ofWorker(caller.organisation(), workerId))
                .stream().map(this::view).toList());
    }

    @Transactional
    public LearningRecordView get(String workerId, UUID id) {
        LearningRecord record = records.findVisible(id).filter(r -> r.workerId().equals(workerId))
                .orElseThrow(() -> new ResourceNotFoundException("learning record", id));
        if (access.readable(workerId, List.of(record)).isEmpty()) {
            throw new ResourceNotFoundException("learning record", id);
        }
        return view(record);
    }

    /** A record of this worker that the calling learning system made; any other is not its to know of. */
    private LearningRecord own(String workerId, UUID id) {
        return records.findVisible(id).filter(r -> r.workerId().equals(workerId)).filter(access::isOwn)
                .orElseThrow(() -> new ResourceNotFoundException("learning record", id));
    }

    /** The rules a completion must meet, whoever sends it: a unit of its version, a day not to come, an https link. */
    private void check(FrameworkCopy version, Completion what, List<FieldError> errors) {
        if (version.unit(what.unitCode()).isEmpty()) {
            errors.add(new FieldError("unitCode", "is not a curriculum unit of " + version.label()));
        }
        LocalDate now = today.date();
        if (what.completedOn().isAfter(now)) {
            errors.add(new FieldError("completedOn", "must not be in the future (today is " + now + ")"));
        }
        if (what.certificateLink() != null && !isHttps(what.certificateLink())) {
            errors.add(new FieldError("certificateLink", LearningDtos.HTTPS_MESSAGE));
        }
    }

    private static boolean isHttps(String link) {
        try {
            URI uri = new URI(link);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The version named, else the newest published one: the curriculum the unit code is looked up in. */
    private FrameworkCopy version(UUID versionId) {
        UUID id = versionId != null
                ? versionId
                : copies.newestWithContent().orElseThrow(() -> new InvalidInputException("frameworkVersionId",
                        "is required: no framework version with content has been published yet"));
        return copies.version(id).orElseThrow(() -> new InvalidInputException("frameworkVersionId",
                "is not a published framework version known to this service"));
    }

    private LearningRecordView view(LearningRecord record) {
        return LearningRecordView.of(record, copies.version(record.frameworkVersionId()).orElse(null));
    }

    private void announce(LearningRecord record, String type, Object data) {
        outbox.record(OutgoingEvent.of(Events.ASSESSMENT_TOPIC, type, record.workerId(),
                "learning-records/" + record.id(), data)
                .organisation(record.organisation())
                .dataref("/v1/workers/" + record.workerId() + "/learning-records/" + record.id()));
    }
}
