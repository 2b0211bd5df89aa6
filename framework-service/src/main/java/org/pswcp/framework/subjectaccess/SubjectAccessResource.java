package org.pswcp.framework.subjectaccess;

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
    @Operation(summary = "Export what framework-service holds about a worker", description = "framework-service holds"
            + " no records about workers: only the framework, and the audit trail of what was done here (editors'"
            + " changes, refused attempts). Its part of the export is the trail's entries about the worker and, when"
            + " the worker asks, their own actions. Nothing else about a person is held here. The worker asks for"
            + " their own; HR asks on a worker's behalf, for any worker id of its organisation, as this service has"
            + " no roster. Every export is audited (subject-access.export). The other services each export their"
            + " part at the same path.")
    @APIResponse(responseCode = "200", description = "The export.")
    @APIResponse(responseCode = "404", description = "Not a worker whose records you may export: yourself, or, for"
            + " HR, any worker of your organisation.")
    public SubjectAccessExport export(@PathParam("workerId") @Parameter(example = "10000002") String workerId) {
        return exports.export(workerId);
    }
}
