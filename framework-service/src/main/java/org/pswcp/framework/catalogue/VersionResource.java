package org.pswcp.framework.catalogue;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.framework.catalogue.CatalogueDtos.VersionView;
import org.pswcp.framework.catalogue.ContentViews.StatementView;
import org.pswcp.framework.catalogue.ContentViews.TreeView;
import org.pswcp.framework.catalogue.VersionContents.Readable;
import org.pswcp.framework.content.CsvExport;
import org.pswcp.framework.content.FrameworkPackage;
import org.pswcp.framework.content.PackageCodec;
import org.pswcp.kit.limits.BodyLimit;
import org.pswcp.kit.openapi.ContractHeaders;
import org.pswcp.kit.page.OffsetPages;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.security.Roles;

/**
 * One version: read whole (tree, package, CSV), searched, edited while a draft, published. Published versions are
 * public and cacheable; drafts are for framework editors only.
 */
@Path("/v1/frameworks/{frameworkCode}/versions/{versionCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Framework versions",
        description = "A version of a framework, as a whole: read, search, export, edit, publish.")
public class VersionResource {

    /** A statement that matched a search. */
    @Schema(name = "SearchHit")
    public record SearchHit(StatementView statement,
            @Schema(description = "Full-text rank; higher is better.") double rank,
            @Schema(description = "Whether the statement contains the query as an exact phrase; such hits come first.") boolean exactPhrase) {
    }

    @Schema(name = "Rewording", description = "New text for a statement or sub-heading of a draft.")
    public record Rewording(
            @NotBlank @Size(max = 2000) @Schema(
                    example = "An ability to explain the limits of confidentiality at a first meeting") String text) {
    }

    private final VersionContents contents;
    private final CatalogueService catalogue;
    private final StatementSearch search;

    VersionResource(VersionContents contents, CatalogueService catalogue, StatementSearch search) {
        this.contents = contents;
        this.catalogue = catalogue;
        this.search = search;
    }

    @GET
    @PermitAll
    @Operation(summary = "Read a framework version",
            description = "A published version, or a draft for framework editors; a draft is not found for anyone else. Carries an ETag; conditional requests get 304.")
    @APIResponse(responseCode = "200", description = "The version.",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    public Response version(@BeanParam VersionPath path, @Context Request request) {
        Readable version = read(path);
        return HttpCaching.respond(request, version, version.version());
    }

    @GET
    @Path("/tree")
    @PermitAll
    @Operation(summary = "Read a version whole",
            description = "Every domain, competence area and nested statement, the curriculum with its mapping, the role profiles and the rating scale, with stable ids. Published versions are served from memory with a strong ETag and Cache-Control: public; send If-None-Match to get 304.")
    @APIResponse(responseCode = "200", description = "The version's tree.",
            content = @Content(schema = @Schema(implementation = TreeView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    public Response tree(@BeanParam VersionPath path, @Context Request request) {
        Readable version = read(path);
        return HttpCaching.respond(request, version,
                version.published() ? contents.publishedTree(version) : ContentViews.tree(version));
    }

    @GET
    @Path("/package")
    @PermitAll
    @Operation(summary = "Export a version as a package",
            description = "The version in our JSON package format: import it elsewhere, or edit it and import it as a new version. Exporting what was imported gives the same document.")
    @APIResponse(responseCode = "200", description = "The package.",
            content = @Content(schema = @Schema(implementation = FrameworkPackage.class)),
            headers = @Header(name = "Content-Disposition", ref = ContractHeaders.CONTENT_DISPOSITION))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    public Response exportPackage(@BeanParam VersionPath path, @Context Request request) {
        Readable version = read(path);
        return HttpCaching.download(request, version, PackageCodec.write(version.content().pkg()),
                path.frameworkCode() + "-" + path.versionCode() + ".json").build();
    }

    @GET
    @Path("/statements.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @PermitAll
    @Operation(summary = "Export a version's statements as CSV",
            description = "One row per statement and sub-heading, in document order, with its id, code, kind, parent, depth, domain, area, the units that cover it, and its text (RFC 4180).")
    @APIResponse(responseCode = "200", description = "The CSV.", content = @Content(mediaType = CsvExport.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING),
            example = "id,code,kind,parent_code,depth,domain_code,domain_title,area_code,area_title,unit_codes,text\r\n7d5c4ee2-3e5b-5a55-9d76-0e3f2a0c8f51,2.5.2.3,STATEMENT,2.5.2,2,2,Knowledge for peer support workers,2.5,\"Knowledge of, and ability to work with, issues of confidentiality, consent and information sharing\",UNIT 1.2,An ability to draw on knowledge that individuals have a right to withdraw or limit consent at any time:\r\n"),
            headers = @Header(name = "Content-Disposition", ref = ContractHeaders.CONTENT_DISPOSITION))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    public Response exportCsv(@BeanParam VersionPath path, @Context Request request) {
        Readable version = read(path);
        String csv = CsvExport.write(version.content(),
                (kind, code) -> CatalogueIds.item(path.frameworkCode(), path.versionCode(), kind, code));
        return HttpCaching.download(request, version, csv,
                path.frameworkCode() + "-" + path.versionCode() + "-statements.csv")
                .type(CsvExport.MEDIA_TYPE + "; charset=UTF-8").build();
    }

    @GET
    @Path("/search")
    @PermitAll
    @Operation(summary = "Search statements",
            description = "Full-text search over the version's statements (PostgreSQL, English stemming). Web-search syntax: \"quoted phrases\", or, -excluded. Statements containing the query as an exact phrase come first, then by rank.")
    @APIResponse(responseCode = "200", description = "Matching statements, best first.")
    @APIResponse(responseCode = "400", description = "No query.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    public Page<SearchHit> search(@BeanParam VersionPath path,
            @QueryParam("q") @NotBlank @Size(max = 200) @Parameter(description = "What to look for.",
                    example = "informed consent") String q,
            @QueryParam("domain") @Parameter(description = "Only statements of this domain.",
                    example = "2") String domain,
            @QueryParam("area") @Parameter(description = "Only statements of this area.", example = "2.5") String area,
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) @Parameter(
                    description = "Page size, 1 to 100.") int limit) {
        Readable version = read(path);
        List<SearchHit> hits = search.search(version.version().id(), q, domain, area).stream()
                .map(hit -> new SearchHit(ContentViews.statement(version.content().statement(hit.code()).orElseThrow(),
                        version), hit.rank(), hit.exactPhrase()))
                .toList();
        return OffsetPages.page(hits, cursor, limit);
    }

    @PUT
    @Path("/package")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FRAMEWORK_EDITOR)
    @Operation(summary = "Replace a draft's content",
            description = "Replaces the whole content of a DRAFT version with the package. Send the ETag you read as If-Match, so that nobody's edit is overwritten unseen. A published version is 409.")
    @APIResponse(responseCode = "200", description = "The draft, changed; ETag is its new entity tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "409", description = "The version is published.")
    @APIResponse(responseCode = "412", description = "The draft changed since the ETag in If-Match.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    @APIResponse(responseCode = "413", description = "The package is larger than 4 MiB.")
    @BodyLimit(bytes = FrameworkPackage.MAX_BYTES)
    public Response replacePackage(@PathParam("frameworkCode") String frameworkCode,
            @PathParam("versionCode") String versionCode,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = "The ETag of the draft as you read it.") String ifMatch,
            @NotNull @Valid FrameworkPackage request) {
        return withEtag(catalogue.replace(frameworkCode, versionCode, request, ifMatch));
    }

    @PATCH
    @Path("/statements/{statementCode}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed(Roles.FRAMEWORK_EDITOR)
    @Operation(summary = "Reword a statement of a draft",
            description = "Replaces the text of one statement or sub-heading of a DRAFT version. Send the ETag you read as If-Match. A published version is 409.")
    @APIResponse(responseCode = "200", description = "The draft, changed; ETag is its new entity tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "Blank or too long text; the problem names the field.")
    @APIResponse(responseCode = "404", description = "No such statement.")
    @APIResponse(responseCode = "409", description = "The version is published.")
    @APIResponse(responseCode = "412", description = "The draft changed since the ETag in If-Match.")
    public Response reword(@PathParam("frameworkCode") String frameworkCode,
            @PathParam("versionCode") String versionCode,
            @PathParam("statementCode") @Parameter(example = "2.5.2.3") String statementCode,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(
                    description = "The ETag of the draft as you read it.") String ifMatch,
            @NotNull @Valid Rewording request) {
        return withEtag(catalogue.reword(frameworkCode, versionCode, statementCode, request.text(), ifMatch));
    }

    @POST
    @Path("/publication")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.FRAMEWORK_EDITOR)
    @Operation(summary = "Publish a draft version",
            description = "Makes the draft public and immutable, and announces it, with its content, as FrameworkVersionPublished on "
                    + FrameworkEvents.TOPIC + ".")
    @APIResponse(responseCode = "200", description = "The published version.")
    @APIResponse(responseCode = "409", description = "Already published.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    public VersionView publish(@BeanParam VersionPath path) {
        return catalogue.publish(path.frameworkCode(), path.versionCode());
    }

    @POST
    @Path("/announcement")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Announce a published version again",
            description = "Announces the published version again as FrameworkVersionPublished on "
                    + FrameworkEvents.TOPIC + ", with its content, exactly as at its publication but with a new event"
                    + " id: for a consuming service that lost its copy (a new database, a table recreated by a schema"
                    + " change) when the topic, which keeps 14 days of events, no longer holds the first announcement."
                    + " Services that hold the version change nothing. Operators only; audited.")
    @APIResponse(responseCode = "200", description = "The version, announced again.")
    @APIResponse(responseCode = "409", description = "A draft: only published versions are announced.")
    @APIResponse(responseCode = "404", description = "No such version.")
    public VersionView announce(@BeanParam VersionPath path) {
        return catalogue.announceAgain(path.frameworkCode(), path.versionCode());
    }

    private static Response withEtag(CatalogueService.Edited edited) {
        return Response.ok(edited.version()).header(HttpHeaders.ETAG, edited.etag()).build();
    }

    private Readable read(VersionPath path) {
        return contents.visible(path.frameworkCode(), path.versionCode());
    }
}
