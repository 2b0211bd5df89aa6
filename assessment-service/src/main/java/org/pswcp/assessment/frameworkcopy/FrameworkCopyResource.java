package org.pswcp.assessment.frameworkcopy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.security.Roles;

/** The framework copies: the versions assessments can be pinned to here. */
@Path("/v1/framework-versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Framework versions", description = "The published framework versions this service knows, from"
        + " framework-service's events.")
public class FrameworkCopyResource {

    @Schema(name = "AssessableFrameworkVersion", description = "A published framework version that assessments can be"
            + " pinned to.")
    public record FrameworkCopyView(
            @Schema(description = "Version id, as framework-service gives it.") UUID versionId,
            @Schema(example = "mh-psw") String frameworkCode,
            @Schema(example = "2020-10") String versionCode,
            @Schema(example = "October 2020 publication") String title,
            Instant publishedAt) {
    }

    @Schema(name = "AssessableFrameworkVersionList")
    public record FrameworkCopyList(List<FrameworkCopyView> items) {
    }

    /** The id integrators' clients know this operation by, from before the class had its present name. */
    private static final String OPERATION_ID = "PublishedVersionResource_list";

    private final FrameworkCopyRepository copies;

    FrameworkCopyResource(FrameworkCopyRepository copies) {
        this.copies = copies;
    }

    @GET
    @RolesAllowed({Roles.PSW, Roles.SUPERVISOR, Roles.HR, Roles.AUDITOR, Roles.FRAMEWORK_EDITOR,
            Roles.LEARNING_SYSTEM})
    @Transactional
    @Operation(summary = "List assessable framework versions", description = "Published framework versions, newest"
            + " first, as this service learned them from framework.events: the versions assessments and learning"
            + " records name.", operationId = OPERATION_ID)
    public FrameworkCopyList list() {
        return new FrameworkCopyList(copies.viewsNewestFirst());
    }
}
