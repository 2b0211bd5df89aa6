package org.pswcp.assessment.learning;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.pswcp.assessment.learning.LearningDtos.LearningRecordCorrection;
import org.pswcp.assessment.learning.LearningDtos.LearningRecordList;
import org.pswcp.assessment.learning.LearningDtos.LearningRecordView;
import org.pswcp.assessment.learning.LearningDtos.NewLearningRecord;
import org.pswcp.assessment.learning.LearningRecordService.Recorded;
import org.pswcp.kit.openapi.ContractHeaders;
import org.pswcp.kit.security.Roles;

/**
 * A worker's learning records: the curriculum units they completed, as their trust's learning system recorded them.
 */
@Path("/v1/workers/{workerId}/learning-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning records", description = "Curriculum units workers completed, recorded by their trust's"
        + " learning system: evidence on the statements a unit covers, never an attained level.")
public class LearningRecordResource {

    private static final String NOT_VISIBLE = "No such learning record of this worker that you may see; for a"
            + " learning system, one it made.";
    private static final String INVALID = "A unit the framework version does not name, a completion date in the"
            + " future, a certificate link that is not https, or (on recording) a worker not on your organisation's"
            + " roster; the problem names each field, and nothing is stored.";

    private final LearningRecordService service;

    LearningRecordResource(LearningRecordService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEARNING_SYSTEM)
    @Operation(summary = "Record a completed curriculum unit", description = "For a trust's learning system (role"
            + " learning-system, client credentials), for a worker on its organisation's roster: the unit as the"
            + " framework version names it, the completion date, the provider, an optional https certificate link,"
            + " and the system's own id for the completion (externalId). The record becomes evidence on the"
            + " statements the unit covers, and the development plan shows the unit as completed; it does not make"
            + " a competence met, which only a signed-off assessment does. LearningRecorded goes out on"
            + " assessment.events. Sending the same externalId again is safe: with the same content it returns the"
            + " record already made (200); with other content it is a conflict (409): correct the record with PUT.")
    @APIResponse(responseCode = "201", description = "The record; Location names it.", content = {
            @Content(schema = @Schema(implementation = LearningRecordView.class))},
            headers = {
                    @Header(name = "Location", ref = ContractHeaders.LOCATION)})
    @APIResponse(responseCode = "200", description = "Your system recorded this completion before, under this"
            + " externalId: the record, unchanged.",
            content = {
                    @Content(schema = @Schema(implementation = LearningRecordView.class))})
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = "Your system recorded another completion under this"
            + " externalId, or withdrew it.")
    public Response record(@PathParam("workerId") @Parameter(example = "10000001") String workerId,
            @NotNull @Valid NewLearningRecord request) {
        Recorded recorded = service.record(workerId, request);
        if (!recorded.created()) {
            return Response.ok(recorded.record()).build();
        }
        return Response.created(URI.create("/v1/workers/" + workerId + "/learning-records/" + recorded.id()))
                .entity(recorded.record()).build();
    }

    @GET
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR, Roles.LEARNING_SYSTEM})
    @Operation(summary = "List a worker's learning records", description = "By completion date, withdrawn ones"
            + " too (status WITHDRAWN). The worker, their supervisors under an active agreement and HR read them all"
            + " (a completion is not confidential); a learning system reads the records it made.")
    @APIResponse(responseCode = "200", description = "The records.")
    @APIResponse(responseCode = "404", description = "Not a worker whose learning records you may read.")
    public LearningRecordList list(@PathParam("workerId") @Parameter(example = "10000001") String workerId) {
        return service.list(workerId);
    }

    @GET
    @Path("/{recordId}")
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR, Roles.LEARNING_SYSTEM})
    @Operation(summary = "Read a learning record", description = "With the statements the unit covers. The same"
            + " readers as the list.")
    @APIResponse(responseCode = "200", description = "The record.")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public LearningRecordView get(@PathParam("workerId") @Parameter(example = "10000001") String workerId,
            @PathParam("recordId") UUID recordId) {
        return service.get(workerId, recordId);
    }

    @PUT
    @Path("/{recordId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEARNING_SYSTEM)
    @Operation(summary = "Correct a learning record", description = "By the learning system that made it: what the"
            + " record says (unit, date, provider, certificate link) is replaced; its framework version and externalId"
            + " stay. LearningRecordCorrected goes out when anything changed. Audited.")
    @APIResponse(responseCode = "200", description = "The corrected record.")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    @APIResponse(responseCode = "409", description = "The record was withdrawn.")
    public LearningRecordView correct(@PathParam("workerId") @Parameter(example = "10000001") String workerId,
            @PathParam("recordId") UUID recordId, @NotNull @Valid LearningRecordCorrection request) {
        return service.correct(workerId, recordId, request);
    }

    @DELETE
    @Path("/{recordId}")
    @RolesAllowed(Roles.LEARNING_SYSTEM)
    @Operation(summary = "Withdraw a learning record", description = "By the learning system that made it: the record"
            + " stays, marked WITHDRAWN, and counts for nothing: no evidence, no completed unit in the plan."
            + " LearningRecordWithdrawn goes out once; withdrawing again changes nothing. Audited.")
    @APIResponse(responseCode = "200", description = "The withdrawn record.")
    @APIResponse(responseCode = "404", description = NOT_VISIBLE)
    public LearningRecordView withdraw(@PathParam("workerId") @Parameter(example = "10000001") String workerId,
            @PathParam("recordId") UUID recordId) {
        return service.withdraw(workerId, recordId);
    }
}
