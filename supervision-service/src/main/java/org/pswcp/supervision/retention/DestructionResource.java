package org.pswcp.supervision.retention;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.retention.RetentionDtos.DecisionView;
import org.pswcp.supervision.retention.RetentionDtos.DestructionRequest;

@Path("/v1/workers/{workerId}/destruction")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention")
public class DestructionResource {

    private final RetentionService retention;

    DestructionResource(RetentionService retention) {
        this.retention = retention;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.RECORDS_MANAGER)
    @Operation(summary = "Destroy a worker's records", description = "The records manager's decision, after appraisal,"
            + " to destroy the records of a worker of their organisation whose retention period has passed. In one"
            + " transaction: the worker's data key is destroyed, so that no copy of their confidential content"
            + " (backups included) can be read again; what is about them is deleted (their roster record, the"
            + " agreements under which they were supervised, their place and content in the sessions they received, a"
            + " session they alone received whole, their agenda); the decision goes into the register of destruction,"
            + " which is kept; WorkerRecordsDestroyed is announced on supervision.events so that the other services"
            + " destroy their copies. Sessions and agreements in which they supervised others stay, as those people's"
            + " records. Audited (records.destroyed). Cannot be undone.")
    // @formatter:off: the formatter would join these lines past 120 columns
    @APIResponse(responseCode = "201", description = "Destroyed; Location names the decision.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DecisionView.class)),
            headers = @Header(name = "Location", ref = ContractHeaders.LOCATION))
    // @formatter:on
    @APIResponse(responseCode = "400", description = "No reason, or one over 1,000 characters; nothing is destroyed.")
    @APIResponse(responseCode = "404", description = "No such worker in your organisation; nothing is destroyed.")
    @APIResponse(responseCode = "409", description = "Not due: the worker has no end date, or their retention period"
            + " has not passed; or their records were already destroyed. Nothing is destroyed.")
    public Response destroy(
            @PathParam("workerId") @Parameter(description = "The worker's id as the trust knows it.",
                    example = "10000001") String workerId,
            @NotNull @Valid DestructionRequest request) {
        DecisionView decision = retention.destroy(workerId, request.reason());
        return Response.created(URI.create("/v1/workers/" + workerId + "/destruction")).entity(decision).build();
    }

    @GET
    @RolesAllowed({Roles.RECORDS_MANAGER, Roles.AUDITOR})
    @Operation(summary = "Read the decision to destroy a worker's records", description = "The register of"
            + " destruction's latest entry about the worker: who decided, when, why, and what was destroyed (counts"
            + " only).")
    @APIResponse(responseCode = "200", description = "The decision.")
    @APIResponse(responseCode = "404", description = "No decision about such a worker in your organisation.")
    public DecisionView decision(@PathParam("workerId") @Parameter(description = "The worker's id as the trust knows"
            + " it.", example = "10000001") String workerId) {
        return retention.decision(workerId);
    }
}
