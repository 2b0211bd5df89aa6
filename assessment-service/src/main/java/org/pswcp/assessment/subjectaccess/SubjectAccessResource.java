package org.pswcp.assessment.subjectaccess;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.security.Roles;

@Path("/v1/workers/{workerId}/subject-access")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subject access", description = "Everything a service holds about a worker, for their subject access"
        + " request (UK GDPR Art. 15).")
public class SubjectAccessResource {

    private final SubjectAccessService exports;

    SubjectAccessResource(SubjectAccessService exports) {
        this.exports = exports;
    }

    @GET
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR})
    @Operation(summary = "Export what assessment-service holds about a worker", description = "The worker's role and"
            + " team and their supervision agreements as this service knows them; every assessment about them in"
            + " every state (drafts, a supervisor's too, submitted, returned with the reason, signed off) with its"
            + " ratings, comments and evidence; the direct observations of their practice recorded in supervision;"
            + " their competence profile and development plan for each framework version with data about them, with"
            + " their self-ratings and the observations beside the signed-off outcomes; and the audit trail's entries"
            + " about them. HR asking on the worker's behalf gets what HR sees anywhere: the signed-off assessments"
            + " (without return reasons) and the profile of signed-off outcomes, no drafts, self-ratings or"
            + " observations."
            + " Never what is only about someone else: assessments the worker wrote or signed off about another"
            + " worker are listed by id, kind, whom and when, without their ratings, evidence or return reason, and"
            + " organisational assessments (of the organisation or a team, not a person) appear only that way, when"
            + " the worker wrote or signed them off. The worker asks for their own; HR asks on a worker's behalf. Every"
            + " export is audited (subject-access.export). The other services each export their part at the same"
            + " path.")
    @APIResponse(responseCode = "200", description = "The export.")
    @APIResponse(responseCode = "404", description = "Not a worker of your organisation whose records you may export:"
            + " yourself, or, for HR, anyone this service knows in your organisation.")
    public SubjectAccessExport export(@PathParam("workerId") @Parameter(example = "10000002") String workerId) {
        return exports.export(workerId);
    }
}
