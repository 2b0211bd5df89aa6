package org.pswcp.assessment.destruction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.pswcp.assessment.assessment.WorkerAssessments;
import org.pswcp.assessment.learning.WorkerLearningRecords;
import org.pswcp.assessment.profile.ProfileService;
import org.pswcp.assessment.workforce.WorkerRecordsDestroyed;
import org.pswcp.assessment.workforce.Workforce;
import org.pswcp.kit.audit.AuditOutcome;
import org.pswcp.kit.audit.AuditTrail;
import org.pswcp.kit.destruction.Destroyed;
import org.pswcp.kit.destruction.KitRecords;

/**
 * Applies supervision-service's destruction of a worker's records to what this service holds about them, in the
 * organisation that destroyed them, in the transaction that applies the event (so at most once, all or nothing):
 * <ol>
 * <li>their part in HR's competence summaries becomes anonymous counts, so the summaries' totals stay;</li>
 * <li>everything about them goes: assessments in every state with ratings, comments, evidence and return reasons,
 * attained levels, their learning records, their roster record, the agreements under which they were supervised,
 * observations of their practice, the outbox's events about them and stored answers that name them;</li>
 * <li>what they did in other people's records stays there, naming {@link Destroyed#MARKER} instead of them: an
 * assessment they wrote, signed off or observed, an agreement under which they supervised;</li>
 * <li>one audit entry, by the system, says that the service destroyed the worker's records, with the event's ids as its
 * request and correlation ids. It names the worker: the trail is the service's proof that it carried out the decision
 * that supervision-service's destruction register records.</li>
 * </ol>
 * A worker this service no longer holds anything about (a second decision, say) adds nothing but the audit entry.
 */
@ApplicationScoped
class WorkerRecordsDestruction {

    private static final Logger LOG = Logger.getLogger(WorkerRecordsDestruction.class);

    private final ProfileService profiles;
    private final WorkerAssessments assessments;
    private final WorkerLearningRecords learning;
    private final Workforce workforce;
    private final KitRecords kitRecords;
    private final AuditTrail audit;

    WorkerRecordsDestruction(ProfileService profiles, WorkerAssessments assessments, WorkerLearningRecords learning,
            Workforce workforce, KitRecords kitRecords, AuditTrail audit) {
        this.profiles = profiles;
        this.assessments = assessments;
        this.learning = learning;
        this.workforce = workforce;
        this.kitRecords = kitRecords;
        this.audit = audit;
    }

    void destroy(@Observes WorkerRecordsDestroyed destroyed) {
        String organisation = destroyed.organisation();
        String worker = destroyed.workerId();
        // First, while their roster record and assessments still say how the summaries count them.
        int summaries = profiles.foldIntoAnonymousCounts(organisation, worker);
        WorkerAssessments.Forgotten assessed = assessments.forget(organisation, worker);
        long learned = learning.forget(organisation, worker);
        Workforce.Forgotten known = workforce.forget(organisation, worker);
        KitRecords.Forgotten kit = kitRecords.forget(organisation, worker, assessed.accounts(),
                destroyed.destroyedAt());
        audit.recordSystem(organisation, Destroyed.AUDIT_ACTION, "worker", worker, AuditOutcome.SUCCEEDED);
        // Counts only: the log names no worker.
        LOG.infof("Destroyed a worker's records: %d assessments, %d learning records and %d workforce rows deleted, %d"
                + " references in others' records anonymised, %d outbox events deleted and %d anonymised, %d stored"
                + " answers deleted; counted anonymously in %d summaries", assessed.deleted(), learned, known.deleted(),
                assessed.anonymised() + known.anonymised(), kit.eventsDeleted(), kit.eventsAnonymised(),
                kit.responsesDeleted(), summaries);
    }
}
