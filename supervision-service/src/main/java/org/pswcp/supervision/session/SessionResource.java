package org.pswcp.supervision.session;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.idempotency.Idempotent;
import org.pswcp.kit.openapi.ContractHeaders;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.session.SessionDtos.ConfidentialView;
import org.pswcp.supervision.session.SessionDtos.Confirmation;
import org.pswcp.supervision.session.SessionDtos.NewSession;
import org.pswcp.supervision.session.SessionDtos.SessionView;

@Path("/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Supervision sessions: recorded by the supervisor, confirmed by the supervisee."
        + " Confidential content is encrypted at rest, read only by participants, and every read is audited.")
public class SessionResource {

    private static final String NOT_VISIBLE = "No such session visible to you.";

    private final SessionService sessions;

    SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Idempotent
    @Operation(summary = "Record a supervision session", description = "The supervisor records a session they gave:"
            + " held, cancelled or missed. Each supervisee needs an agreement with the caller active on the session's"
            + " day. Closes the agenda items it discussed, puts its actions on the supervisees' agendas, and emits"
            + " SessionRecorded and one DirectObservationRecorded per observation on supervision.events (never any"
            + " confidential text). Send an Idempotency-Key to retry safely.")
    // @formatter:off: the formatter would join these lines past 120 columns
    @APIResponse(responseCode = "201", description = "Recorded; Location names the session.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionView.class)),
            headers = @Header(name = "Location", ref = ContractHeaders.LOCATION))
    // @formatter:on
    @APIResponse(responseCode = "400", description = "An invalid session; the problem names every field at fault and"
            + " quotes none of what was sent.")
    public Response record(@NotNull @Valid NewSession request) {
        SessionView recorded = sessions.record(request);
        return Response.created(URI.create("/v1/sessions/" + recorded.id())).entity(recorded).build();
    }

    @GET
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.PSW})
    @Operation(summary = "List supervision sessions", description = "Newest first, metadata only: never actions or"
            + " confidential content, and observations only to whom GET /v1/sessions/{id} shows them. HR sees its organisation's; a supervisor the sessions they gave and those of the"
            + " workers they supervise today; a peer support worker the sessions they received.")
    @APIResponse(responseCode = "200", description = "A page of sessions.")
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor; the problem names it.")
    // @formatter:off: the formatter would join these lines past 120 columns
    public Page<SessionView> list(
            @QueryParam("superviseeWorkerId")
            @Parameter(description = "Only sessions this worker received.", example = "10000001")
            String superviseeWorkerId,
            @QueryParam("supervisorWorkerId")
            @Parameter(description = "Only sessions this worker gave.", example = "10000010")
            String supervisorWorkerId,
            @QueryParam("from")
            @Parameter(description = "Only sessions on or after this day.", example = "2026-01-01") LocalDate from,
            @QueryParam("to")
            @Parameter(description = "Only sessions on or before this day.", example = "2026-12-31") LocalDate to,
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200)
            @Parameter(description = "Page size, 1 to 200.") int limit) {
        // @formatter:on
        return sessions.list(superviseeWorkerId, supervisorWorkerId, from, to, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.PSW})
    @Operation(summary = "Read a supervision session", description = "The session's metadata. Participants, and"
            + " supervisors of a supervisee, also see the observations and actions that are theirs to see (in a group,"
            + " a supervisee sees only those about them and the group's own); HR sees neither, only how many actions"
            + " are open. Confidential content is at /confidential.")
    @APIResponse(responseCode = "200", description = "The session.")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public SessionView get(@PathParam("id") UUID id) {
        return sessions.get(id);
    }

    @GET
    @Path("/{id}/confidential")
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.PSW})
    @Operation(summary = "Read a session's confidential content", description = "Decrypted for the session's"
            + " participants, each reading only what is theirs: every participant the shared notes; a supervisee what"
            + " is about them (the supervisor's notes about them, their wellbeing reflections, their comment, comments"
            + " on observations of their practice), never what is about another supervisee of a group; the supervisor"
            + " all of it. Every read and every refused attempt is written to the audit trail (/v1/audit-events).")
    @APIResponse(responseCode = "200", description = "The confidential content.")
    @APIResponse(responseCode = "403", description = "You may see the session but did not take part in it (HR, or"
            + " another supervisor).")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public ConfidentialView confidential(@PathParam("id") UUID id) {
        return sessions.confidential(id);
    }

    @POST
    @Path("/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PSW)
    @Operation(summary = "Confirm a session's record", description = "A supervisee of the session confirms the"
            + " supervisor's record, with a confidential comment if they wish. Both are kept; a confirmation is given"
            + " once.")
    @APIResponse(responseCode = "200", description = "The session, with the confirmation.")
    @APIResponse(responseCode = "400", description = "An invalid comment; the problem names the field.")
    @APIResponse(responseCode = "403", description = "You may see the session but are not one of its supervisees.")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    @APIResponse(responseCode = "409", description = "You already confirmed it.")
    public SessionView confirm(@PathParam("id") UUID id, @NotNull @Valid Confirmation confirmation) {
        return sessions.confirm(id, confirmation);
    }

    @POST
    @Path("/{id}/actions/{actionId}/done")
    @RolesAllowed({Roles.SUPERVISOR, Roles.PSW})
    @Operation(summary = "Mark an agreed action done", description = "The session's supervisor or the action's owner"
            + " marks it done; it leaves the agendas.")
    @APIResponse(responseCode = "200", description = "The session, with the action done.")
    @APIResponse(responseCode = "403", description = "You may see the session but are neither its supervisor nor the"
            + " action's owner.")
    @APIResponse(responseCode = "404", description = "No such session or action visible to you.")
    @APIResponse(responseCode = "409", description = "The action is already done.")
    public SessionView actionDone(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId) {
        return sessions.actionDone(id, actionId);
    }
}
