package org.pswcp.supervision.roster;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.pswcp.kit.openapi.ContractHeaders;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.roster.RosterDtos.PutWorker;
import org.pswcp.supervision.roster.RosterDtos.WorkerView;

@Path("/v1/workers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roster", description = "The organisation's peer support workforce, pushed by HR.")
public class RosterResource {

    static final String WORKER_ID = "[A-Za-z0-9-]{1,32}";

    private final RosterService roster;

    RosterResource(RosterService roster) {
        this.roster = roster;
    }

    @PUT
    @Path("/{workerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Create or update a worker", description = "Upserts HR's record of a peer support worker in"
            + " the caller's organisation. Idempotent: repeating a push changes nothing and announces nothing; a"
            + " change emits WorkerUpdated on supervision.events.")
    // @formatter:off: the formatter would join these lines past 120 columns
    @APIResponse(responseCode = "201", description = "Created; Location names the worker.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkerView.class)),
            headers = @Header(name = "Location", ref = ContractHeaders.LOCATION))
    @APIResponse(responseCode = "200", description = "Updated, or unchanged.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid record; the problem names the field.")
    public Response put(
            @PathParam("workerId") @Pattern(regexp = WORKER_ID, message = "must be 1 to 32 letters, digits or hyphens")
            @Parameter(description = "The worker's id as the trust knows it, e.g. an ESR employee number.",
                    example = "10000001") String workerId,
            @NotNull @Valid PutWorker record) {
        // @formatter:on
        RosterService.Upserted result = roster.put(workerId, record);
        return result.created()
                ? Response.created(URI.create("/v1/workers/" + workerId)).entity(result.worker()).build()
                : Response.ok(result.worker()).build();
    }

    @GET
    @RolesAllowed(Roles.HR)
    @Operation(summary = "List the workforce", description = "The caller's organisation's peer support workers, a"
            + " page at a time, in the order their roster records last changed, oldest first: a trust's roster is"
            + " hundreds, a national provider's thousands. Follow nextCursor to the end for the whole roster; a"
            + " worker changed meanwhile comes again on a later page, none is skipped.")
    @APIResponse(responseCode = "200", description = "A page of workers.")
    @APIResponse(responseCode = "400", description = "An invalid cursor or limit; the problem names it.")
    // @formatter:off: the formatter would join these lines past 120 columns
    public Page<WorkerView> list(
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500)
            @Parameter(description = "Page size, 1 to 500.") int limit) {
        // @formatter:on
        return roster.list(cursor, limit);
    }

    @GET
    @Path("/{workerId}")
    @RolesAllowed({Roles.HR, Roles.PSW})
    @Operation(summary = "Read a worker", description = "HR reads any worker of its organisation; a worker reads"
            + " their own record.")
    @APIResponse(responseCode = "200", description = "The worker.")
    @APIResponse(responseCode = "404", description = "No such worker visible to you.")
    public WorkerView get(@PathParam("workerId") @Parameter(example = "10000001") String workerId) {
        return roster.get(workerId);
    }
}
