package org.pswcp.framework.catalogue;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import org.pswcp.framework.catalogue.CatalogueDtos.DescribeFramework;
import org.pswcp.framework.catalogue.CatalogueDtos.FrameworkView;
import org.pswcp.framework.catalogue.CatalogueDtos.VersionView;
import org.pswcp.framework.content.Comparison;
import org.pswcp.framework.content.FrameworkPackage;
import org.pswcp.kit.idempotency.Idempotent;
import org.pswcp.kit.limits.BodyLimit;
import org.pswcp.kit.openapi.ContractHeaders;
import org.pswcp.kit.page.OffsetPages;
import org.pswcp.kit.page.Page;
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
    private final VersionContents contents;

    FrameworkResource(CatalogueService catalogue, VersionContents contents) {
        this.catalogue = catalogue;
        this.contents = contents;
    }

    @GET
    @PermitAll
    @Operation(summary = "List frameworks", description = "The frameworks this installation serves. Public.")
    public Page<FrameworkView> list(
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(
                    description = "Page size, 1 to 200.") int limit) {
        return OffsetPages.page(catalogue.frameworks(), cursor, limit);
    }

    @GET
    @Path("/{frameworkCode}")
    @PermitAll
    @Operation(summary = "Read a framework", description = "A framework by its code. Public.")
    @APIResponse(responseCode = "200", description = "The framework.")
    @APIResponse(responseCode = "404", description = "No such framework.")
    public FrameworkView get(@PathParam("frameworkCode") @Parameter(example = "mh-psw") String frameworkCode) {
        return catalogue.framework(frameworkCode);
    }

    @PUT
    @Path("/{frameworkCode}")
    @RolesAllowed(Roles.FRAMEWORK_EDITOR)
    @Operation(summary = "Create or describe a framework",
            description = "Creates the framework with this code, or updates its title and description. Repeating the request changes nothing more.")
    @APIResponse(responseCode = "201", description = "Created; Location names the framework.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FrameworkView.class)),
            headers = @Header(name = "Location", ref = ContractHeaders.LOCATION))
    @APIResponse(responseCode = "200", description = "Updated.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FrameworkView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; the problem names the field.")
    public Response describe(
            @PathParam("frameworkCode") @Pattern(regexp = CODE,
                    message = "must be 1 to 40 lower-case letters, digits, dots or hyphens") @Parameter(
                            example = "mh-psw") String frameworkCode,
            @NotNull @Valid DescribeFramework request) {
        CatalogueService.Described result = catalogue.describe(frameworkCode, request.title(), request.description());
        return result.created()
                ? Response.created(URI.create("/v1/frameworks/" + frameworkCode)).entity(result.framework()).build()
                : Response.ok(result.framework()).build();
    }

    @GET
    @Path("/{frameworkCode}/versions")
    @PermitAll
    @Operation(summary = "List a framework's versions",
            description = "Published versions for everyone; framework editors also see drafts.")
    @APIResponse(responseCode = "200", description = "A page of the framework's versions.")
    @APIResponse(responseCode = "404", description = "No such framework.")
    public Page<VersionView> versions(@PathParam("frameworkCode") @Parameter(example = "mh-psw") String frameworkCode,
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(
                    description = "Page size, 1 to 200.") int limit) {
        return OffsetPages.page(catalogue.versions(frameworkCode, contents.callerMayReadDrafts()), cursor, limit);
    }

    @POST
    @Path("/{frameworkCode}/versions")
    @RolesAllowed(Roles.FRAMEWORK_EDITOR)
    @Idempotent
    @Operation(summary = "Import a version as a draft",
            description = "Creates a DRAFT version from a whole framework package (the format GET .../package exports), creating the framework if it is new. The package is checked whole: every fault is reported with its JSON path. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "The draft; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionView.class)),
            headers = @Header(name = "Location", ref = ContractHeaders.LOCATION))
    @APIResponse(responseCode = "400", description = "The package is invalid; the problem names every field at fault.")
    @APIResponse(responseCode = "409", description = "A version with this code exists.")
    @APIResponse(responseCode = "404", description = "No such framework.")
    @APIResponse(responseCode = "413", description = "The package is larger than 4 MiB.")
    @BodyLimit(bytes = FrameworkPackage.MAX_BYTES)
    public Response importVersion(@PathParam("frameworkCode") @Parameter(example = "mh-psw") String frameworkCode,
            @NotNull @Valid FrameworkPackage request) {
        VersionView draft = catalogue.importDraft(frameworkCode, request);
        return Response.created(URI.create("/v1/frameworks/" + frameworkCode + "/versions/" + draft.code()))
                .entity(draft).build();
    }

    @GET
    @Path("/{frameworkCode}/comparisons")
    @PermitAll
    @Operation(summary = "Compare two versions",
            description = "What changed from one version to another: domains, areas, statements and units added, removed, reworded and moved. Items are matched through the earlier version's lineage, then by code, then (statements) by wording. Editors may compare drafts too.")
    @APIResponse(responseCode = "200", description = "The changes.")
    @APIResponse(responseCode = "404", description = "One of the versions is not visible to you.")
    public Comparison.Result compare(@PathParam("frameworkCode") @Parameter(example = "mh-psw") String frameworkCode,
            @QueryParam("from") @NotBlank @Parameter(description = "The earlier version.",
                    example = "2020-02") String from,
            @QueryParam("to") @NotBlank @Parameter(description = "The later version.", example = "2020-10") String to) {
        return Comparison.compare(from, contents.visible(frameworkCode, from).content(), to,
                contents.visible(frameworkCode, to).content());
    }
}
