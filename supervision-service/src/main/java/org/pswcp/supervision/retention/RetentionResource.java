package org.pswcp.supervision.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.retention.RetentionDtos.DueView;
import org.pswcp.supervision.retention.RetentionDtos.PolicyView;
import org.pswcp.supervision.retention.RetentionDtos.PutPolicy;

@Path("/v1/retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "Retention and destruction by the NHS Records Management Code of Practice:"
        + " each organisation's period, the records past it, and a records manager's recorded decision to destroy"
        + " them. Nothing is destroyed automatically.")
public class RetentionResource {

    private final RetentionService retention;

    RetentionResource(RetentionService retention) {
        this.retention = retention;
    }

    @GET
    @Path("/policy")
    @RolesAllowed({Roles.RECORDS_MANAGER, Roles.AUDITOR, Roles.HR})
    @Operation(summary = "Read the organisation's retention period", description = "How many whole years after a"
            + " worker's end date their supervision records are kept before a records manager appraises them: the"
            + " organisation's own period, or the service's default (6 years).")
    @APIResponse(responseCode = "200", description = "The period.")
    public PolicyView policy() {
        return retention.policy();
    }

    @PUT
    @Path("/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.RECORDS_MANAGER)
    @Operation(summary = "Set the organisation's retention period", description = "The records manager sets the"
            + " period from the organisation's own retention schedule (the Records Management Code of Practice keeps"
            + " staff records 6 years after the person leaves). It decides which records are listed as due; it"
            + " destroys nothing. Audited (retention-policy.put).")
    @APIResponse(responseCode = "200", description = "The period now.")
    @APIResponse(responseCode = "400", description = "Not a whole number of years from 1 to 100; the problem names the"
            + " field.")
    public PolicyView putPolicy(@NotNull @Valid PutPolicy policy) {
        return retention.putPolicy(policy.yearsAfterEnd());
    }

    @GET
    @Path("/due")
    @RolesAllowed({Roles.RECORDS_MANAGER, Roles.AUDITOR})
    @Operation(summary = "List the records past their retention period", description = "The workers of the caller's"
            + " organisation whose end date is at least the period ago today (on the organisation's calendar), and"
            + " whose records are not yet destroyed, with counts of what is held about each, never the records"
            + " themselves. In the order HR last changed their roster records, oldest first. For appraisal: nothing"
            + " here is destroyed until a records manager records the decision (POST"
            + " /v1/workers/{workerId}/destruction).")
    @APIResponse(responseCode = "200", description = "A page of workers whose records are due for appraisal.")
    @APIResponse(responseCode = "400", description = "An invalid cursor or limit; the problem names it.")
    // @formatter:off: the formatter would join these lines past 120 columns
    public Page<DueView> due(
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200)
            @Parameter(description = "Page size, 1 to 200.") int limit) {
        // @formatter:on
        return retention.due(cursor, limit);
    }
}
