package org.pswcp.supervision.team;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.team.TeamAgendaDtos.TeamAgenda;

@Path("/v1/agenda")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agenda")
public class TeamAgendaResource {

    private final TeamAgendaService team;

    TeamAgendaResource(TeamAgendaService team) {
        this.team = team;
    }

    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Read a supervisor's team view", description = "For every worker the caller supervises under"
            + " an agreement active today: their open agenda items, their open actions (each marked overdue once its"
            + " due day has passed) and, per agreement, when the next session is due; the most overdue supervision"
            + " first. Exactly what GET /v1/workers/{workerId}/agenda and GET /v1/agreements show the supervisor"
            + " worker by worker, in one response: no notes, no action descriptions, nothing about workers they do not"
            + " supervise today. Only supervisors: other roles are 403; a supervisor with no current supervisee gets"
            + " an empty list.")
    @APIResponse(responseCode = "200", description = "The team view.")
    @APIResponse(responseCode = "403", description = "The caller is not a supervisor.")
    public TeamAgenda get() {
        return team.forCaller();
    }
}
