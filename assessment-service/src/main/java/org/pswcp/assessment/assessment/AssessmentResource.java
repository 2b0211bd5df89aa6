package org.pswcp.assessment.assessment;

import java.net.URI;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentView;
import org.pswcp.assessment.assessment.AssessmentDtos.CreateAssessment;
import org.pswcp.kit.idempotency.Idempotent;
import org.pswcp.kit.problem.Problem;
import org.pswcp.kit.security.Roles;

@Path("/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Assessments of peer support workers against a published framework version.")
public class AssessmentResource {

    private final AssessmentService service;

    AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PSW)
    @Idempotent
    @Operation(summary = "Start a self-assessment", description = "Creates a DRAFT self-assessment of the calling worker against a published framework version. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "The draft.")
    @APIResponse(responseCode = "400", description = "Invalid input, such as an unknown framework version; the problem names the field.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid CreateAssessment request) {
        AssessmentView created = service.createSelfAssessment(request.kind(), request.frameworkVersionId());
        return Response.created(URI.create("/v1/assessments/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PSW, Roles.HR})
    @Operation(summary = "Read an assessment", description = "A worker reads their own assessments; HR reads those of their organisation. Any other is not found.")
    @APIResponse(responseCode = "200", description = "The assessment.")
    @APIResponse(responseCode = "404", description = "No such assessment visible to you.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed(Roles.PSW)
    @Operation(summary = "Submit an assessment", description = "Hands a DRAFT or RETURNED assessment in for sign-off and announces it with AssessmentSubmitted on assessment.events.")
    @APIResponse(responseCode = "200", description = "The submitted assessment.")
    @APIResponse(responseCode = "409", description = "The assessment is not in a state that can be submitted.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssessmentView submit(@PathParam("id") UUID id) {
        return service.submit(id);
    }
}
