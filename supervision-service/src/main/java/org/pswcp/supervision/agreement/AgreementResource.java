package org.pswcp.supervision.agreement;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.pswcp.supervision.agreement.AgreementDtos.AgreementView;
import org.pswcp.supervision.agreement.AgreementDtos.EndAgreement;
import org.pswcp.supervision.agreement.AgreementDtos.NewAgreement;

@Path("/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Supervision agreements: who supervises whom, how often and how, pushed by HR.")
public class AgreementResource {

    private static final String NOT_VISIBLE = "No such agreement visible to you.";

    private final AgreementService agreements;

    AgreementResource(AgreementService agreements) {
        this.agreements = agreements;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR)
    @Idempotent
    @Operation(summary = "Record a supervision agreement", description = "Records an agreement between two workers on"
            + " the caller's organisation's roster and emits AgreementStarted on supervision.events. Send an"
            + " Idempotency-Key to retry safely.")
    // @formatter:off: the formatter would join these lines past 120 columns
    @APIResponse(responseCode = "201", description = "Recorded; Location names the agreement.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgreementView.class)),
            headers = @Header(name = "Location", ref = ContractHeaders.LOCATION))
    // @formatter:on
    @APIResponse(responseCode = "400", description = "Invalid agreement, or a worker not on the roster; the problem"
            + " names every field at fault.")
    @APIResponse(responseCode = "409", description = "The pair already has an agreement of this type on some of these"
            + " dates.")
    public Response create(@NotNull @Valid NewAgreement request) {
        AgreementView created = agreements.create(request);
        return Response.created(URI.create("/v1/agreements/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.PSW})
    @Operation(summary = "List supervision agreements", description = "Oldest first. HR sees all of its"
            + " organisation's; a supervisor those they give; a peer support worker those they receive.")
    @APIResponse(responseCode = "200", description = "A page of agreements.")
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor; the problem names it.")
    // @formatter:off: the formatter would join these lines past 120 columns
    public Page<AgreementView> list(
            @QueryParam("superviseeWorkerId")
            @Parameter(description = "Only agreements of this supervisee.", example = "10000001")
            String superviseeWorkerId,
            @QueryParam("supervisorWorkerId")
            @Parameter(description = "Only agreements of this supervisor.", example = "10000002")
            String supervisorWorkerId,
            @QueryParam("active") @Pattern(regexp = "true|false", message = "must be true or false")
            @Parameter(description = "true: only agreements active today; false: only those not yet started or"
                    + " already ended.", schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200)
            @Parameter(description = "Page size, 1 to 200.") int limit) {
        // @formatter:on
        return agreements.list(superviseeWorkerId, supervisorWorkerId, active == null ? null : Boolean.valueOf(active),
                cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR, Roles.SUPERVISOR, Roles.PSW})
    @Operation(summary = "Read a supervision agreement", description = "HR reads any of its organisation's"
            + " agreements; a supervisor or supervisee reads their own.")
    @APIResponse(responseCode = "200", description = "The agreement.")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public AgreementView get(@PathParam("id") UUID id) {
        return agreements.get(id);
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR)
    @Operation(summary = "End a supervision agreement", description = "Sets the agreement's last day and emits"
            + " AgreementEnded on supervision.events. An agreement is ended once; ending never extends it.")
    @APIResponse(responseCode = "200", description = "The ended agreement.")
    @APIResponse(responseCode = "400", description = "An invalid end; the problem names the field.")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    @APIResponse(responseCode = "409", description = "The agreement was already ended.")
    public AgreementView end(@PathParam("id") UUID id, @NotNull @Valid EndAgreement request) {
        return agreements.end(id, request);
    }
}
