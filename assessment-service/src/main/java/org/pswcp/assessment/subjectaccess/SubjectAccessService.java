package org.pswcp.assessment.subjectaccess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentByYou;
import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentView;
import org.pswcp.assessment.assessment.WorkerAssessments;
import org.pswcp.assessment.learning.LearningDtos.LearningRecordView;
import org.pswcp.assessment.learning.WorkerLearningRecords;
import org.pswcp.assessment.profile.ProfileService;
import org.pswcp.assessment.workforce.Workforce;
import org.pswcp.assessment.workforce.WorkforceViews.ObservationView;
import org.pswcp.assessment.workforce.WorkforceViews.SupervisionLinkView;
import org.pswcp.assessment.workforce.WorkforceViews.WorkerView;
import org.pswcp.kit.audit.AuditResource.AuditEventView;
import org.pswcp.kit.audit.AuditTrail;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

/**
 * A worker's subject access export: asked by the worker, or by HR on their behalf, and audited either way. It is the
 * worker's export whoever produces it, so HR gets what the worker would, not HR's signed-off-only sight.
 */
@ApplicationScoped
public class SubjectAccessService {

    static final String SERVICE = "assessment-service";

    private final Workforce workforce;
    private final WorkerAssessments assessments;
    private final WorkerLearningRecords learning;
    private final ProfileService profiles;
    private final AuditTrail audit;
    private final Caller caller;

    SubjectAccessService(Workforce workforce, WorkerAssessments assessments, WorkerLearningRecords learning,
            ProfileService profiles, AuditTrail audit, Caller caller) {
        this.workforce = workforce;
        this.assessments = assessments;
        this.learning = learning;
        this.profiles = profiles;
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * Who may ask: the worker themself (their token's worker id), whatever this service holds about them, even nothing;
     * or their organisation's HR, for a worker this service knows in the organisation: on the roster it was told of, or
     * named by an agreement, assessment or observation. Anyone else is answered as if there were no such worker.
     */
    @Transactional
    @Audited(action = "subject-access.export", resourceType = "worker")
    public SubjectAccessExport export(@AuditedResourceId String workerId) {
        String organisation = caller.organisation();
        boolean self = caller.isWorker(workerId);
        if (!self && !caller.hasRole(Roles.HR)) {
            throw new ResourceNotFoundException("worker", workerId);
        }
        Optional<WorkerView> worker = workforce.record(organisation, workerId);
        List<SupervisionLinkView> links = workforce.linksOf(organisation, workerId);
        // HR on the worker's behalf sees what HR sees anywhere: signed-off outcomes, never drafts or self-ratings.
        List<AssessmentView> about = assessments.about(workerId, !self);
        List<AssessmentByYou> byYou = assessments.byAboutOthers(workerId);
        List<ObservationView> observations = self ? workforce.observationsOf(organisation, workerId) : List.of();
        // A completion is not confidential: HR on the worker's behalf gets every learning record too.
        List<LearningRecordView> learningRecords = learning.of(organisation, workerId);
        if (!self && worker.isEmpty() && links.isEmpty() && about.isEmpty() && byYou.isEmpty()
                && observations.isEmpty() && learningRecords.isEmpty()) {
            throw new ResourceNotFoundException("worker", workerId);
        }

        Set<UUID> versions = new LinkedHashSet<>();
        about.forEach(a -> versions.add(a.frameworkVersionId()));
        observations.forEach(o -> versions.add(o.frameworkVersionId()));
        learningRecords.forEach(r -> versions.add(r.frameworkVersionId()));
        List<String> resources = new ArrayList<>();
        resources.add(workerId);
        about.forEach(a -> resources.add(a.id().toString()));
        learningRecords.forEach(r -> resources.add(r.id().toString()));
        List<AuditEventView> trail = audit.forSubjectAccess(caller, workerId, resources);
        return new SubjectAccessExport(SERVICE, workerId, organisation, Instant.now(), worker.orElse(null), links,
                about, byYou, observations, learningRecords, profiles.ofSubject(workerId, versions, !self), trail);
    }
}
