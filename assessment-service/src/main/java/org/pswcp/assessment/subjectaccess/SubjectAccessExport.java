package org.pswcp.assessment.subjectaccess;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentByYou;
import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentView;
import org.pswcp.assessment.learning.LearningDtos.LearningRecordView;
import org.pswcp.assessment.profile.ProfileViews.SubjectCompetence;
import org.pswcp.assessment.workforce.WorkforceViews.ObservationView;
import org.pswcp.assessment.workforce.WorkforceViews.SupervisionLinkView;
import org.pswcp.assessment.workforce.WorkforceViews.WorkerView;
import org.pswcp.kit.audit.AuditResource.AuditEventView;

/** Everything assessment-service holds about one worker, for their subject access request (UK GDPR Art. 15). */
@Schema(name = "AssessmentSubjectAccessExport", description = "Everything assessment-service holds about one worker"
        + " (UK GDPR Art. 15): their role and team and their supervision agreements as this service knows them, every"
        + " assessment about them in every state with its ratings, evidence and return reason, the direct"
        + " observations of their practice, the curriculum units their trust's learning systems recorded them completing"
        + " (withdrawn records too), their competence profile and development plan for each framework version"
        + " with data about them, and the audit trail's entries about them. HR producing it on the worker's behalf"
        + " gets what HR sees anywhere: signed-off assessments (without return reasons), no observations, and the"
        + " profile of signed-off outcomes; the worker downloads the rest themself. What is only about other people is"
        + " not in it: assessments the worker wrote or signed off about someone else are listed without their content, and organisational assessments (of the organisation or a"
        + " team, not a person) only when the worker wrote or signed them off.")
public record SubjectAccessExport(
        @Schema(description = "Which service's part of the export this is.",
                example = "assessment-service") String service,
        @Schema(description = "The worker the export is about, as their trust knows them.",
                example = "10000002") String workerId,
        @Schema(description = "ODS code of the organisation whose records these are.",
                example = "R9A") String organisation,
        @Schema(description = "When the export was made.") Instant producedAt,
        @Schema(description = "Their role and team as the roster last announced them to this service; absent when it"
                + " has not.") WorkerView worker,
        @Schema(description = "Supervision agreements in which the worker supervises or is supervised, as this service"
                + " knows them, earliest first.") List<SupervisionLinkView> supervisionLinks,
        @Schema(description = "Every assessment about the worker, oldest first, in every state (drafts, a supervisor's"
                + " too, submitted, returned with the reason, signed off), with its ratings and their comments and its"
                + " evidence. For HR: the signed-off ones only.") List<AssessmentView> assessments,
        @Schema(description = "Assessments the worker wrote or signed off about another worker, or about the"
                + " organisation or a team, oldest first: which and when only, never their"
                + " content.") List<AssessmentByYou> assessmentsByYou,
        @Schema(description = "Direct observations of the worker's practice recorded in supervision, oldest"
                + " first. Empty for HR.") List<ObservationView> observations,
        @Schema(description = "Every learning record of the worker (curriculum units their trust's learning systems"
                + " recorded them completing), withdrawn ones too, by completion date; for HR too, since a completion"
                + " is not confidential.") List<LearningRecordView> learningRecords,
        @Schema(description = "Their competence profile and development plan for each framework version that has an"
                + " assessment, observation or learning record about them.") List<SubjectCompetence> competence,
        @Schema(description = "The audit trail's entries on the worker and the assessments about them, and, when the"
                + " worker asks, their own actions; oldest first.") List<AuditEventView> auditEvents) {
}
