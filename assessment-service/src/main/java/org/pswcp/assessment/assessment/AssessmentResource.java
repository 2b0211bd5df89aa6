package org.pswcp.assessment.assessment;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.pswcp.assessment.assessment.AssessmentDtos.AssessmentView;
import org.pswcp.assessment.assessment.AssessmentDtos.CreateAssessment;
import org.pswcp.assessment.assessment.AssessmentDtos.EvidenceInput;
import org.pswcp.assessment.assessment.AssessmentDtos.EvidenceView;
import org.pswcp.assessment.assessment.AssessmentDtos.RateRequest;
import org.pswcp.assessment.assessment.AssessmentDtos.ReturnRequest;
import org.pswcp.kit.idempotency.Idempotent;
import org.pswcp.kit.openapi.ContractHeaders;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.security.Roles;

/**
 * Assessments: a worker's self-assessment, a supervisor's assessment or observation of a supervisee, HR's assessment of
 * the organisation. DRAFT → SUBMITTED → SIGNED_OFF, or RETURNED and submitted again.
 */
@Path("/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Assessments against a published framework version: ratings, evidence,"
        + " submission and sign-off.")
public class AssessmentResource {

    private static final String NOT_VISIBLE = "No such assessment visible to you.";
    private static final String NOT_EDITABLE = "The assessment is submitted or signed off.";

    private final AssessmentService service;

    AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR})
    @Idempotent
    @Operation(summary = "Start an assessment", description = "Creates a DRAFT: a worker's SELF assessment, a"
            + " supervisor's SUPERVISOR or DIRECT_OBSERVATION assessment of a supervisee under an active agreement, or"
            + " HR's ORGANISATIONAL assessment against domain 9. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "The draft; Location names it.", content = {
            @Content(schema = @Schema(implementation = AssessmentView.class))},
            headers = {
                    @Header(name = "Location", ref = ContractHeaders.LOCATION)})
    @APIResponse(responseCode = "400", description = "Invalid input, such as an unknown framework version or scope;"
            + " the problem names the field.")
    @APIResponse(responseCode = "403", description = "Your roles, or your supervision agreements, do not allow this"
            + " kind of assessment of this worker.")
    public Response create(@NotNull @Valid CreateAssessment request) {
        AssessmentView created = service.create(request);
        return Response.created(URI.create("/v1/assessments/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR})
    @Operation(summary = "List assessments", description = "The assessments you may see, newest first: your own and"
            + " those about you (once submitted), your supervisees' (supervisors), the organisation's signed-off"
            + " outcomes and organisational assessments (HR). HR never sees a worker's draft, submitted or returned"
            + " assessment, its ratings or its evidence; the status filter cannot reach them.")
    public Page<AssessmentView> list(
            @QueryParam("workerId") @Parameter(description = "Only assessments of this"
                    + " worker.", example = "10000001") String workerId,
            @QueryParam("status") @Parameter(description = "Only assessments in this state.") AssessmentStatus status,
            @QueryParam("kind") @Parameter(description = "Only assessments of this kind.") AssessmentKind kind,
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(description = "Page size, 1 to"
                    + " 200.") int limit) {
        return service.list(workerId, status, kind, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR})
    @Operation(summary = "Read an assessment", description = "With its ratings and evidence. Not found unless you may"
            + " see it: HR sees a worker's assessment once it is signed off, and then without the reason it was"
            + " returned before.")
    @APIResponse(responseCode = "200", description = "The assessment.")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public AssessmentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR})
    @Operation(summary = "Rate statements or areas", description = "Adds or changes ratings of a DRAFT or RETURNED"
            + " assessment you wrote, all or none. Each rating names one statement (statementCode) or, for an area the"
            + " version gives no statements, the area itself (areaCode), such as the meta-competences 7.1 or the"
            + " organisational competences 9.1 and 9.2 of mh-psw/2020-10: {\"ratings\":[{\"areaCode\":\"9.1\","
            + "\"value\":2}]}. An area rated as a whole gets its level from that rating, as other areas get theirs"
            + " from their statements' ratings. Each code must be in the framework version and the assessment's"
            + " scope, each value on the version's rating scale; a sub-heading cannot be rated, nor an area that has"
            + " statements.")
    @APIResponse(responseCode = "200", description = "The assessment, rated.")
    @APIResponse(responseCode = "400", description = "A statement or area the version does not contain, an area that"
            + " has statements named by areaCode, both or neither of statementCode and areaCode, out of scope, or a"
            + " value off the scale; the problem names each field, and nothing is stored.")
    @APIResponse(responseCode = "409", description = NOT_EDITABLE)
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public AssessmentView rate(@PathParam("id") UUID id, @NotNull @Valid RateRequest request) {
        return service.rate(id, request.ratings());
    }

    @DELETE
    @Path("/{id}/ratings/{statementCode}")
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR})
    @Operation(summary = "Remove a rating", description = "From a DRAFT or RETURNED assessment you wrote: the rating"
            + " of a statement, or of an area rated as a whole, by its code.")
    @APIResponse(responseCode = "200", description = "The assessment.")
    @APIResponse(responseCode = "404", description = "No such rating.")
    @APIResponse(responseCode = "409", description = NOT_EDITABLE)
    public AssessmentView unrate(@PathParam("id") UUID id,
            @PathParam("statementCode") @Parameter(description = "The statement's code, or the area's code for an"
                    + " area rated as a whole (such as 9.1).", example = "2.5.2.3") String statementCode) {
        return service.unrate(id, statementCode);
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR})
    @Operation(summary = "Attach evidence", description = "Describes and links a piece of evidence (no file is"
            + " stored) for statements, or areas rated as a whole, of a DRAFT or RETURNED assessment you wrote.")
    @APIResponse(responseCode = "201", description = "The evidence.", content = {
            @Content(schema = @Schema(implementation = EvidenceView.class))})
    @APIResponse(responseCode = "400", description = "Invalid evidence; the problem names the field.")
    @APIResponse(responseCode = "409", description = NOT_EDITABLE)
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public Response addEvidence(@PathParam("id") UUID id, @NotNull @Valid EvidenceInput request) {
        EvidenceView added = service.addEvidence(id, request);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR})
    @Operation(summary = "Submit an assessment", description = "Hands a DRAFT or RETURNED assessment you wrote in for"
            + " sign-off and announces AssessmentSubmitted on assessment.events.")
    @APIResponse(responseCode = "200", description = "The submitted assessment.")
    @APIResponse(responseCode = "409", description = "Not in a state that can be submitted, or nothing rated (no"
            + " statement, and no area rated as a whole).")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public AssessmentView submit(@PathParam("id") UUID id) {
        return service.submit(id);
    }

    @POST
    @Path("/{id}/sign-off")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUPERVISOR, Roles.HR})
    @Operation(summary = "Sign off an assessment", description = "By a supervisor of the worker under an active"
            + " agreement (HR, for organisational assessments), never the author or the worker assessed. The"
            + " assessment becomes immutable; AssessmentSignedOff, and CompetenceLevelChanged for each area whose level"
            + " changed, go out on assessment.events.")
    @APIResponse(responseCode = "200", description = "The signed-off assessment.")
    @APIResponse(responseCode = "403", description = "You may not sign this one off.")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED.")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public AssessmentView signOff(@PathParam("id") UUID id) {
        return service.signOff(id);
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.HR})
    @Operation(summary = "Return an assessment", description = "Sends a SUBMITTED assessment back to its author with"
            + " the reason, to change and submit again. Same rules as sign-off. AssessmentReturned goes out (without"
            + " the reason).")
    @APIResponse(responseCode = "200", description = "The returned assessment.")
    @APIResponse(responseCode = "403", description = "You may not return this one.")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED.")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public AssessmentView returnToAuthor(@PathParam("id") UUID id, @NotNull @Valid ReturnRequest request) {
        return service.returnToAuthor(id, request.reason());
    }
}
