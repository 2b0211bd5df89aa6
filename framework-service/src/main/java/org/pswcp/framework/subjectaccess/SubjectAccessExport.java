package org.pswcp.framework.subjectaccess;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.kit.audit.AuditResource.AuditEventView;

/** What framework-service holds about one worker, for their subject access request (UK GDPR Art. 15). */
@Schema(name = "FrameworkSubjectAccessExport", description = "What framework-service holds about one worker (UK GDPR"
        + " Art. 15). It keeps no records about people: only the framework, and the audit trail of what was done"
        + " here. So its part is the trail's entries about the worker and, when the worker asks, their own actions"
        + " (such as a refused attempt to change the framework). Nothing else about a person is held here.")
public record SubjectAccessExport(
        @Schema(description = "Which service's part of the export this is.",
                example = "framework-service") String service,
        @Schema(description = "The worker the export is about, as their trust knows them.",
                example = "10000002") String workerId,
        @Schema(description = "ODS code of the organisation whose records these are.",
                example = "R9A") String organisation,
        @Schema(description = "When the export was made.") Instant producedAt,
        @Schema(description = "The audit trail's entries on the worker and, when the worker asks, their own actions;"
                + " oldest first.") List<AuditEventView> auditEvents) {
}
