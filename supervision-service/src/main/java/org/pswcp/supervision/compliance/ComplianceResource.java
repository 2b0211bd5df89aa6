package org.pswcp.supervision.compliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.compliance.ComplianceDtos.ComplianceView;

@Path("/v1/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance", description = "Who is behind with supervision, who has none, and who works without a peer"
        + " colleague: for HR.")
public class ComplianceResource {

    private final ComplianceService compliance;

    ComplianceResource(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @GET
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Read supervision compliance", description = "As of today in the trust's time zone: every"
            + " active agreement with its last held session, next due day and days overdue; peer support workers"
            + " without role-specific supervision; teams with fewer than two peer support workers. Never any session"
            + " content.")
    @APIResponse(responseCode = "200", description = "The report.")
    // @formatter:off: the formatter would join these lines past 120 columns
    public ComplianceView get(
            @QueryParam("overdue") @DefaultValue("false")
            @Parameter(description = "true: only agreements that are overdue.") boolean overdueOnly) {
        // @formatter:on
        return compliance.report(overdueOnly);
    }
}
