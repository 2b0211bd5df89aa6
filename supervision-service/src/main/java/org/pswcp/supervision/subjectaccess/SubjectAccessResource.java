package org.pswcp.supervision.subjectaccess;

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
    @Operation(summary = "Export what supervision-service holds about a worker", description = "The worker's roster"
            + " record, the agreements in which they supervise or are supervised, the sessions they took part in with"
            + " the notes shared with every participant and what is about them (notes about them, their wellbeing"
            + " reflections, their comment, observations of their practice), their agenda, and the audit trail's"
            + " entries about them. Never what is only about someone else: not another supervisee's content in a"
            + " group, nor, in the sessions a supervisor ran, their notes about their supervisees. The worker asks for"
            + " their own; HR asks on a worker's behalf and gets all of it but the confidential supervision content,"
            + " which never reaches HR (confidentialContentWithheld). Every export is audited"
            + " (subject-access.export). The other services each export their part at the same path.")
    @APIResponse(responseCode = "200", description = "The export.")
    @APIResponse(responseCode = "404", description = "Not a worker of your organisation whose records you may export:"
            + " yourself, or, for HR, anyone on the roster.")
    public SubjectAccessExport export(@PathParam("workerId") @Parameter(example = "10000002") String workerId) {
        return exports.export(workerId);
    }
}
