package org.pswcp.supervision.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.agreement.SupervisionAccess;

import com.fasterxml.jackson.annotation.JsonInclude;

@Path("/v1/workers/{workerId}/agenda")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agenda", description = "What to discuss at a worker's next supervision session.")
public class AgendaResource {

    @Schema(name = "AgendaItem", description = "An item for a supervision session.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    // @formatter:off: the formatter would join these lines past 120 columns
    public record AgendaItemView(UUID id, AgendaItemKind kind,
            @Schema(description = "The API resource the item is about.",
                    example = "/v1/assessments/0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e6f") String resource,
            @Schema(description = "For an agreed action, the day it is due.", example = "2026-12-04") LocalDate dueOn,
            Instant openedAt,
            @Schema(description = "When a session discussed it, or the action was done; absent while it is open, so"
                    + " always on an agenda.") Instant closedAt) {

        public static AgendaItemView of(AgendaItem item) {
            return new AgendaItemView(item.id(), item.kind(), item.resourceRef(), item.dueOn(), item.openedAt(),
                    item.closedAt());
        }
    }
    // @formatter:on

    @Schema(name = "Agenda")
    public record AgendaView(String workerId, List<AgendaItemView> items) {
    }

    private final AgendaRepository agenda;
    private final SupervisionAccess supervision;
    private final Caller caller;

    AgendaResource(AgendaRepository agenda, SupervisionAccess supervision, Caller caller) {
        this.agenda = agenda;
        this.supervision = supervision;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR})
    @Transactional
    @Operation(summary = "Read a worker's supervision agenda", description = "The open items for the worker's next"
            + " supervision session, oldest first: assessments submitted or returned, competence levels changed, and"
            + " actions agreed in earlier sessions. A worker reads their own; a supervisor reads those of the workers"
            + " they supervise under an agreement active today. A session closes the items it discussed.")
    @APIResponse(responseCode = "200", description = "The agenda.")
    @APIResponse(responseCode = "404", description = "Not a worker whose agenda you may read.")
    public AgendaView get(@PathParam("workerId") @Parameter(example = "10000001") String workerId) {
        boolean self = caller.hasRole(Roles.PSW) && caller.isWorker(workerId);
        if (!self && !supervision.supervisesToday(workerId)) {
            throw new ResourceNotFoundException("agenda of worker", workerId);
        }
        return new AgendaView(workerId, agenda.openItemsOf(workerId).stream().map(AgendaItemView::of).toList());
    }
}
