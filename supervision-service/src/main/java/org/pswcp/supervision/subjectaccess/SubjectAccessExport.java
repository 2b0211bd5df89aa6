package org.pswcp.supervision.subjectaccess;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.kit.audit.AuditResource.AuditEventView;
import org.pswcp.supervision.agenda.AgendaResource.AgendaItemView;
import org.pswcp.supervision.agreement.AgreementDtos.AgreementView;
import org.pswcp.supervision.roster.RosterDtos.WorkerView;
import org.pswcp.supervision.session.SessionDtos.SubjectSession;

/** Everything supervision-service holds about one worker, for their subject access request (UK GDPR Art. 15). */
@Schema(name = "SupervisionSubjectAccessExport",
        description = "Everything supervision-service holds about one worker (UK GDPR Art. 15): their roster record, the agreements in which they supervise or are supervised, the sessions they took part in with what is about them, their agenda, and the audit trail's entries about them. What is only about other people, above all their confidential content, is not in it; nor, when HR produces it on the worker's behalf, the worker's own confidential supervision content.")
public record SubjectAccessExport(
        @Schema(description = "Which service's part of the export this is.",
                example = "supervision-service") String service,
        @Schema(example = "10000002") String workerId,
        @Schema(example = "R9A") String organisation,
        @Schema(description = "When the export was made.") Instant producedAt,
        WorkerView worker,
        @Schema(description = "True when HR produced the export on the worker's behalf: the confidential supervision content (shared notes, and what is about the worker) is then left out, as from every HR response. The worker downloads it themself.") boolean confidentialContentWithheld,
        @Schema(description = "Agreements in which the worker supervises or is supervised, oldest first.") List<AgreementView> agreements,
        @Schema(description = "Sessions the worker ran or received, oldest first.") List<SubjectSession> sessions,
        @Schema(description = "Every item their supervision agenda has had, open or closed, oldest first.") List<AgendaItemView> agendaItems,
        @Schema(description = "The audit trail's entries on the worker, their agreements and sessions, and, when the worker asks, their own actions; oldest first.") List<AuditEventView> auditEvents) {
}
