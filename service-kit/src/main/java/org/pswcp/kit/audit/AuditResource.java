package org.pswcp.kit.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.page.Keyset;
import org.pswcp.kit.page.KeysetCursor;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.page.Where;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

/** The audit trail of the caller's organisation, for auditors. Every service serves its own. */
@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who did what, when, from which client: the append-only audit trail.")
public class AuditResource {

    private final AuditTrail trail;
    private final Caller caller;

    AuditResource(AuditTrail trail, Caller caller) {
        this.trail = trail;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Transactional
    @Operation(summary = "List audit events",
            description = "The audit events of the caller's organisation, newest first. "
                    + "Every change and every read of confidential content is recorded, with the outcome.")
    public Page<AuditEventView> list(
            @Parameter(description = "Only events on this kind of resource.",
                    example = "framework-version") @QueryParam("resourceType") String resourceType,
            @Parameter(description = "Only events on this resource.") @QueryParam("resourceId") String resourceId,
            @Parameter(description = "Only events by this subject.") @QueryParam("actor") String actor,
            @Parameter(description = "Only events at or after this time.",
                    example = "2026-11-01T00:00:00Z") @QueryParam("since") Instant since,
            @Parameter(description = "Cursor from the previous page.") @QueryParam("cursor") String cursor,
            @Parameter(
                    description = "Page size, 1 to 200.") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        Where where = Where.of("organisation = :organisation", Map.of("organisation", caller.organisation()))
                .equal("resourceType", resourceType)
                .equal("resourceId", resourceId)
                .equal("actor", actor)
                .and("occurredAt >= :since", "since", since);
        return Keyset.newestFirst("occurredAt").page(where, cursor, limit,
                (w, sort) -> trail.find(w.query(), sort, w.parameters()),
                e -> new KeysetCursor(e.occurredAt(), e.id()), AuditEventView::of);
    }

    @Schema(name = "AuditEvent", description = "One recorded action.")
    public record AuditEventView(
            @Schema(description = "Id of the audit event.") UUID id,
            @Schema(description = "When it happened.") Instant occurredAt,
            @Schema(description = "Subject of the caller's token, or 'system'.") String actor,
            @Schema(description = "Username of the caller, when a person.",
                    example = "sam.supervisor") String actorName,
            @Schema(description = "OAuth client the call came from.", example = "hr-system-r9a") String clientId,
            @Schema(description = "What was done.", example = "framework-version.publish") String action,
            @Schema(description = "Kind of resource.", example = "framework-version") String resourceType,
            @Schema(description = "Id of the resource.") String resourceId,
            @Schema(description = "How it ended.") AuditOutcome outcome,
            @Schema(description = "For refusals and failures: the problem type.", example = "conflict") String reason,
            @Schema(description = "X-Request-ID of the call.") String requestId,
            @Schema(description = "X-Correlation-ID of the call.") String correlationId) {

        public static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.id(), e.occurredAt(), e.actor(), e.actorName(), e.clientId(), e.action(),
                    e.resourceType(), e.resourceId(), e.outcome(), e.reason(), e.requestId(), e.correlationId());
        }
    }
}
