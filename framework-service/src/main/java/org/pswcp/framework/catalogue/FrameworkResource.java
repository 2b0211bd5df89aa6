package org.pswcp.framework.catalogue;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.framework.catalogue.CatalogueDtos.CreateVersion;
import org.pswcp.framework.catalogue.CatalogueDtos.DescribeFramework;
import org.pswcp.framework.catalogue.CatalogueDtos.FrameworkList;
import org.pswcp.framework.catalogue.CatalogueDtos.FrameworkView;
import org.pswcp.framework.catalogue.CatalogueDtos.VersionList;
import org.pswcp.framework.catalogue.CatalogueDtos.VersionView;
import org.pswcp.kit.idempotency.Idempotent;
import org.pswcp.kit.problem.Problem;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

/**
 * Frameworks and their versions. Published versions are public: the framework is a public document. Drafts exist only
 * for framework editors.
 */
@Path("/v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks", description = "Competence frameworks and their versions.")
public class FrameworkResource {

    private static final String CODE = "[a-z0-9][a-z0-9.-]{0,39}";

    private final CatalogueService catalogue;
    private final Caller caller;

    FrameworkResource(CatalogueService catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "List frameworks", description = "The frameworks this installation serves. Public.")
    public FrameworkList list() {
        return new FrameworkList(catalogue.frameworks());
    }

    @GET
    @Path("/{frameworkCode}")
    @PermitAll
    @Operation(summary = "Read a framework", description = "A framework by its code. Public.")
    @APIResponse(responseCode = "200", description = "The framework.")
    @APIResponse(responseCode = "404", description = "No such framework.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FrameworkView get(@PathParam("frameworkCode") @Parameter(example = "mh-psw") String frameworkCode) {
        return catalogue.framework(frameworkCode);
    }

    @PUT
    @Path("/{frameworkCode}")
    @RolesAllowed(Roles.FRAMEWORK_EDITOR)
    @Operation(summary = "Create or describe a framework", description = "Creates the framework with this code, or updates its title and description. Repeating the request changes nothing more.")
    @APIResponse(responseCode = "201", description = "Created.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "400", description = "Invalid input; the problem names the field.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response describe(
            @PathParam("frameworkCode") @Pattern(regexp = CODE, message = "must be 1 to 40 lower-case letters, digits, dots or hyphens") @Parameter(example = "mh-psw") String frameworkCode,
            @NotNull @Valid DescribeFramework request) {
        CatalogueService.Described result = catalogue.describe(frameworkCode, request.title(), request.description());
        return result.created()
                ? Response.created(URI.create("/v1/frameworks/" + frameworkCode)).entity(result.framework()).build()
                : Response.ok(result.framework()).build();
    }

    @GET
    @Path("/{frameworkCode}/versions")
    @PermitAll
    @Operation(summary = "List a framework's versions", description = "Published versions for everyone; framework editors also see drafts.")
    public VersionList versions(@PathParam("frameworkCode") @Parameter(example = "mh-psw") String frameworkCode) {
        return new VersionList(catalogue.versions(frameworkCode, mayReadDrafts()));
    }

    @GET
    @Path("/{frameworkCode}/versions/{versionCode}")
    @PermitAll
    @Operation(summary = "Read a framework version", description = "A published version, or a draft for framework editors. A draft is not found for anyone else.")
    @APIResponse(responseCode = "200", description = "The version.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView version(@PathParam("frameworkCode") @Parameter(example = "mh-psw") String frameworkCode,
            @PathParam("versionCode") @Parameter(example = "2020-10") String versionCode) {
        return catalogue.version(frameworkCode, versionCode, mayReadDrafts());
    }

    @POST
    @Path("/{frameworkCode}/versions")
    @RolesAllowed(Roles.FRAMEWORK_EDITOR)
    @Idempotent
    @Operation(summary = "Create a draft version", description = "A new, empty draft version of the framework. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "The draft.")
    @APIResponse(responseCode = "409", description = "A version with this code exists.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createVersion(@PathParam("frameworkCode") @Parameter(example = "mh-psw") String frameworkCode,
            @NotNull @Valid CreateVersion request) {
        VersionView draft = catalogue.createDraft(frameworkCode, request.code(), request.title());
        return Response.created(URI.create("/v1/frameworks/" + frameworkCode + "/versions/" + draft.code()))
                .entity(draft).build();
    }

    @POST
    @Path("/{frameworkCode}/versions/{versionCode}/publication")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.FRAMEWORK_EDITOR)
    @Operation(summary = "Publish a draft version", description = "Makes the draft public and immutable, and announces it with a FrameworkVersionPublished event on framework.events.")
    @APIResponse(responseCode = "200", description = "The published version.")
    @APIResponse(responseCode = "409", description = "Already published.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView publish(@PathParam("frameworkCode") @Parameter(example = "mh-psw") String frameworkCode,
            @PathParam("versionCode") @Parameter(example = "2020-10") String versionCode) {
        return catalogue.publish(frameworkCode, versionCode);
    }

    private boolean mayReadDrafts() {
        return caller.hasRole(Roles.FRAMEWORK_EDITOR);
    }
}
