package org.pswcp.assessment.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.pswcp.assessment.Events;
import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentView;
import org.pswcp.assessment.assessment.AssessmentDtos.CreateAssessment;
import org.pswcp.assessment.assessment.AssessmentDtos.EvidenceInput;
import org.pswcp.assessment.assessment.AssessmentDtos.EvidenceView;
import org.pswcp.assessment.assessment.AssessmentDtos.RatingInput;
import org.pswcp.assessment.assessment.AssessmentEvents.AssessmentReturned;
import org.pswcp.assessment.assessment.AssessmentEvents.AssessmentSignedOff;
import org.pswcp.assessment.assessment.AssessmentEvents.AssessmentSubmitted;
import org.pswcp.assessment.frameworkcopy.FrameworkCopies;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.assessment.workforce.Workforce;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.observe.AfterCommit;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.page.Keyset;
import org.pswcp.kit.page.KeysetCursor;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.page.Where;
import org.pswcp.kit.problem.AccessDeniedException;
import org.pswcp.kit.problem.FieldError;
import org.pswcp.kit.problem.InvalidInputException;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The assessment lifecycle: start, rate, add evidence, submit, sign off or return. */
@ApplicationScoped
public class AssessmentService {

    private static final String ORGANISATIONAL_DOMAIN = "ORGANISATIONAL";

    private final AssessmentRepository assessments;
    private final AssessmentAccess access;
    private final FrameworkCopies copies;
    private final Workforce workforce;
    private final Event<Assessment.SignedOff> signedOff;
    private final Outbox outbox;
    private final Caller caller;
    private final MeterRegistry registry;
    private final AfterCommit afterCommit;

    AssessmentService(AssessmentRepository assessments, AssessmentAccess access, FrameworkCopies copies,
            Workforce workforce, Event<Assessment.SignedOff> signedOff, Outbox outbox, Caller caller,
            MeterRegistry registry, AfterCommit afterCommit) {
        this.assessments = assessments;
        this.access = access;
        this.copies = copies;
        this.workforce = workforce;
        this.signedOff = signedOff;
        this.outbox = outbox;
        this.caller = caller;
        this.registry = registry;
        this.afterCommit = afterCommit;
    }

    /** Starts a draft. Who may start which kind, and about whom, is checked here. */
    @Transactional
    @Audited(action = "assessment.create", resourceType = "assessment")
    public AssessmentView create(CreateAssessment request) {
        FrameworkCopy version = copies.version(request.frameworkVersionId())
                .orElseThrow(() -> new InvalidInputException("frameworkVersionId",
                        "is not a published framework version known to this service"));
        String subject = subjectOf(request);
        Set<String> scope = scopeOf(request, version);
        Assessment assessment = new Assessment(caller.organisation(), request.kind(), subject,
                request.kind() == AssessmentKind.ORGANISATIONAL ? request.team() : null, caller.subject(),
                caller.workerId().orElse(null), version.versionId(), scope, Instant.now());
        assessments.persist(assessment);
        return view(assessment, version);
    }

    @Transactional
    public AssessmentView get(UUID id) {
        Assessment assessment = visible(id);
        return view(assessment, version(assessment));
    }

    /** The assessments the caller may see, newest first, with optional filters. */
    @Transactional
    public Page<AssessmentView> list(String workerId, AssessmentStatus status, AssessmentKind kind, String cursor,
            int limit) {
        Where where = access.visible()
                .equal("subjectWorkerId", workerId)
                .equal("status", status)
                .equal("kind", kind);
        return Keyset.newestFirst("createdAt").page(where, cursor, limit, assessments::findVisible,
                a -> new KeysetCursor(a.createdAt(), a.id()), a -> view(a, version(a)));
    }

    /**
     * Adds or changes ratings. Each is of a rateable statement, or of an area without statements rated as a whole, in
     * the version and the assessment's scope, with a value on the version's scale; nothing is stored unless all are.
     */
    @Transactional
    @Audited(action = "assessment.rate", resourceType = "assessment")
    public AssessmentView rate(@AuditedResourceId UUID id, List<RatingInput> ratings) {
        Assessment assessment = authored(id);
        FrameworkCopy version = version(assessment);
        List<FieldError> errors = new ArrayList<>();
        List<Rating.RatedCode> rated = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            RatingInput rating = ratings.get(i);
            String field = "ratings[" + i + "]";
            rated.add(Rateables.of(version, assessment.scope(), rating, field, errors));
            if (version.level(rating.value()).isEmpty()) {
                errors.add(new FieldError(field + ".value", "must be one of "
                        + version.levels().stream().map(l -> String.valueOf(l.value())).toList()
                        + ", the values of the version's rating scale"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = Instant.now();
        for (int i = 0; i < ratings.size(); i++) {
            assessment.rate(rated.get(i), ratings.get(i).value(), ratings.get(i).comment(), now);
        }
        return view(assessment, version);
    }

    /** Removes the rating of a statement, or of an area rated as a whole, by its code. */
    @Transactional
    @Audited(action = "assessment.unrate", resourceType = "assessment")
    public AssessmentView unrate(@AuditedResourceId UUID id, String code) {
        Assessment assessment = authored(id);
        if (!assessment.unrate(code)) {
            throw new ResourceNotFoundException("rating", code);
        }
        return view(assessment, version(assessment));
    }

    /** Attaches evidence for statements of the version, and for areas of it that are rated as a whole. */
    @Transactional
    @Audited(action = "assessment.add-evidence", resourceType = "assessment")
    public EvidenceView addEvidence(@AuditedResourceId UUID id, EvidenceInput input) {
        Assessment assessment = authored(id);
        FrameworkCopy version = version(assessment);
        List<String> statements = distinct(input.statementCodes());
        List<String> areas = distinct(input.areaCodes());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (version.statement(statements.get(i)).isEmpty()) {
                errors.add(new FieldError("statementCodes[" + i + "]",
                        "is not a statement of " + version.label()));
            }
        }
        for (int i = 0; i < areas.size(); i++) {
            Rateables.checkAreaRatedAsWhole(version, areas.get(i), "areaCodes[" + i + "]",
                    "name its statements in statementCodes", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return EvidenceView.of(assessment.addEvidence(input.title(), input.kind(), input.occurredOn(), input.link(),
                statements, areas, Instant.now()));
    }

    /** Each code once, in the order given: a code named twice is shown once. */
    private static List<String> distinct(List<String> codes) {
        return codes == null ? List.of() : List.copyOf(new LinkedHashSet<>(codes));
    }

    /** The author hands it in; AssessmentSubmitted goes out with the change. */
    @Transactional
    @Audited(action = "assessment.submit", resourceType = "assessment")
    public AssessmentView submit(@AuditedResourceId UUID id) {
        Assessment assessment = authored(id);
        assessment.submit(Instant.now());
        announce(assessment, Events.ASSESSMENT_SUBMITTED, new AssessmentSubmitted(id, assessment.subjectWorkerId(),
                assessment.subjectTeam(), assessment.kind(), assessment.frameworkVersionId(),
                assessment.submittedAt()));
        count("pswcp.assessments.submitted", "Assessments handed in for sign-off", assessment.kind());
        return view(assessment, version(assessment));
    }

    /**
     * A supervisor of the worker under an active agreement (HR, for an organisational assessment) signs it off; never
     * its author or the worker assessed. The worker's attained levels follow, from those who observe
     * {@link Assessment.SignedOff}, in this transaction.
     */
    @Transactional
    @Audited(action = "assessment.sign-off", resourceType = "assessment")
    public AssessmentView signOff(@AuditedResourceId UUID id) {
        Assessment assessment = decidable(id, "sign off");
        assessment.signOff(caller.workerId().orElse(caller.subject()), Instant.now());
        announce(assessment, Events.ASSESSMENT_SIGNED_OFF, new AssessmentSignedOff(id, assessment.subjectWorkerId(),
                assessment.subjectTeam(), assessment.kind(), assessment.frameworkVersionId(),
                assessment.signedOffBy(), assessment.signedOffAt()));
        signedOff.fire(new Assessment.SignedOff(assessment));
        count("pswcp.assessments.signed.off", "Assessments signed off", assessment.kind());
        return view(assessment, version(assessment));
    }

    @Transactional
    @Audited(action = "assessment.return", resourceType = "assessment")
    public AssessmentView returnToAuthor(@AuditedResourceId UUID id, String reason) {
        Assessment assessment = decidable(id, "return");
        assessment.returnToAuthor(reason, Instant.now());
        announce(assessment, Events.ASSESSMENT_RETURNED, new AssessmentReturned(id, assessment.subjectWorkerId(),
                assessment.subjectTeam(), assessment.kind(), assessment.frameworkVersionId(),
                assessment.returnedAt()));
        return view(assessment, version(assessment));
    }

    /** Counts a transition by kind (SELF, SUPERVISOR, ...) once it is committed; never by whom or about whom. */
    private void count(String name, String description, AssessmentKind kind) {
        Counter counter = Counter.builder(name).description(description).tag("kind", kind.name()).register(registry);
        afterCommit.run(counter::increment);
    }

    private void announce(Assessment assessment, String type, Object data) {
        String key = assessment.subjectWorkerId() != null ? assessment.subjectWorkerId() : assessment.organisation();
        outbox.record(OutgoingEvent.of(Events.ASSESSMENT_TOPIC, type, key, "assessments/" + assessment.id(), data)
                .organisation(assessment.organisation())
                .dataref("/v1/assessments/" + assessment.id()));
    }

    private String subjectOf(CreateAssessment request) {
        return switch (request.kind()) {
            case SELF -> {
                require(caller.hasRole(Roles.PSW), "Only a peer support worker can self-assess.");
                String me = caller.workerId()
                        .orElseThrow(() -> new AccessDeniedException("Your token does not name you as a worker."));
                if (request.workerId() != null && !request.workerId().equals(me)) {
                    throw new InvalidInputException("workerId", "must be absent or your own worker id for SELF");
                }
                yield me;
            }
            case SUPERVISOR, DIRECT_OBSERVATION -> {
                require(caller.hasRole(Roles.SUPERVISOR), "Only a supervisor can assess a supervisee.");
                if (request.workerId() == null) {
                    throw new InvalidInputException("workerId", "must name the worker assessed");
                }
                String me = caller.workerId()
                        .orElseThrow(() -> new AccessDeniedException("Your token does not name you as a worker."));
                require(!me.equals(request.workerId()) && workforce.supervises(caller.organisation(), me,
                        request.workerId()), "You do not supervise this worker under an active agreement.");
                yield request.workerId();
            }
            case ORGANISATIONAL -> {
                require(caller.hasRole(Roles.HR), "Only HR can assess the organisation.");
                if (request.workerId() != null) {
                    throw new InvalidInputException("workerId", "must be absent for ORGANISATIONAL");
                }
                yield null;
            }
        };
    }

    private Set<String> scopeOf(CreateAssessment request, FrameworkCopy version) {
        boolean organisational = request.kind() == AssessmentKind.ORGANISATIONAL;
        List<String> requested = request.scope() == null ? List.of() : request.scope();
        if (requested.isEmpty()) {
            Set<String> all = new LinkedHashSet<>();
            version.areas().stream()
                    .filter(a -> organisational == ORGANISATIONAL_DOMAIN.equals(a.domainKind()))
                    .forEach(a -> all.add(a.code()));
            return all;
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i);
            String area = version.area(code).map(a -> a.code())
                    .or(() -> version.statement(code).map(s -> s.areaCode())).orElse(null);
            if (area == null) {
                errors.add(new FieldError("scope[" + i + "]", "is not an area or statement of " + version.label()));
            } else if (organisational != ORGANISATIONAL_DOMAIN.equals(version.area(area).get().domainKind())) {
                errors.add(new FieldError("scope[" + i + "]", organisational
                        ? "is not an organisational competence; ORGANISATIONAL covers domain 9 only"
                        : "is an organisational competence; only ORGANISATIONAL assessments cover it"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new LinkedHashSet<>(requested);
    }

    private Assessment visible(UUID id) {
        Assessment assessment = assessments.getVisible(id);
        if (!access.canSee(assessment)) {
            throw new ResourceNotFoundException("assessment", id);
        }
        return assessment;
    }

    private Assessment authored(UUID id) {
        Assessment assessment = visible(id);
        require(access.isAuthor(assessment), "Only the author of an assessment can change it.");
        return assessment;
    }

    private Assessment decidable(UUID id, String what) {
        Assessment assessment = visible(id);
        require(access.canDecide(assessment), "You may not " + what + " this assessment: only a supervisor of the"
                + " worker under an active agreement can, and never its author or the worker assessed.");
        return assessment;
    }

    private FrameworkCopy version(Assessment assessment) {
        return copies.version(assessment.frameworkVersionId()).orElseThrow();
    }

    private static void require(boolean allowed, String reason) {
        if (!allowed) {
            throw new AccessDeniedException(reason);
        }
    }

    /**
     * The assessment as the caller may see it: HR, seeing a worker's assessment as a signed-off outcome only, does not
     * get the reason it was once returned, which is about a version that was never signed off.
     */
    private AssessmentView view(Assessment a, FrameworkCopy version) {
        return AssessmentView.of(a, version, !access.seesOutcomeOnly(a));
    }
}
