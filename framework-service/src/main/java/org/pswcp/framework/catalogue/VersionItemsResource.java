package org.pswcp.framework.catalogue;

import java.util.Objects;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.framework.catalogue.ContentViews.AreaView;
import org.pswcp.framework.catalogue.ContentViews.DomainView;
import org.pswcp.framework.catalogue.ContentViews.RoleProfileView;
import org.pswcp.framework.catalogue.ContentViews.StatementView;
import org.pswcp.framework.catalogue.ContentViews.UnitView;
import org.pswcp.framework.catalogue.VersionContents.Readable;
import org.pswcp.kit.page.OffsetPages;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.problem.ResourceNotFoundException;

/** The items of one version, one kind at a time: domains, competence areas, statements, units, role profiles. */
@Path("/v1/frameworks/{frameworkCode}/versions/{versionCode}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Framework content",
        description = "Domains, competence areas, statements, curriculum units and role profiles of a version. Public for published versions.")
public class VersionItemsResource {

    private final VersionContents contents;

    VersionItemsResource(VersionContents contents) {
        this.contents = contents;
    }

    @GET
    @Path("/domains")
    @Operation(summary = "List domains", description = "The domains of the competence map, in order.")
    @APIResponse(responseCode = "200", description = "A page of domains.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    public Page<DomainView> domains(@BeanParam VersionPath path,
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(
                    description = "Page size, 1 to 200.") int limit) {
        Readable version = read(path);
        return OffsetPages.page(version.content().domains().stream().map(d -> ContentViews.domain(d, version))
                .toList(), cursor, limit);
    }

    @GET
    @Path("/domains/{domainCode}")
    @Operation(summary = "Read a domain",
            description = "One domain of a version with its competence areas, by the domain's code. Public for published versions; a draft is found only by framework editors.")
    @APIResponse(responseCode = "200", description = "The domain.")
    @APIResponse(responseCode = "404", description = "No such domain.")
    public DomainView domain(@BeanParam VersionPath path,
            @PathParam("domainCode") @Parameter(example = "2") String domainCode) {
        Readable version = read(path);
        return ContentViews.domain(version.content().domain(domainCode)
                .orElseThrow(() -> new ResourceNotFoundException("domain", domainCode)), version);
    }

    @GET
    @Path("/areas")
    @Operation(summary = "List competence areas",
            description = "The competence areas, in order, optionally of one domain. Read an area on its own for its statements.")
    @APIResponse(responseCode = "200", description = "A page of competence areas.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    public Page<AreaView> areas(@BeanParam VersionPath path,
            @QueryParam("domain") @Parameter(description = "Only areas of this domain.", example = "2") String domain,
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(
                    description = "Page size, 1 to 200.") int limit) {
        Readable version = read(path);
        return OffsetPages.page(version.content().areas().stream()
                .filter(a -> domain == null || a.domain().code().equals(domain))
                .map(a -> ContentViews.area(a, version, false)).toList(), cursor, limit);
    }

    @GET
    @Path("/areas/{areaCode}")
    @Operation(summary = "Read a competence area",
            description = "The area with its nested statements and the units mapped to it.")
    @APIResponse(responseCode = "200", description = "The area.")
    @APIResponse(responseCode = "404", description = "No such area.")
    public AreaView area(@BeanParam VersionPath path,
            @PathParam("areaCode") @Parameter(example = "2.5") String areaCode) {
        Readable version = read(path);
        return ContentViews.area(version.content().area(areaCode)
                .orElseThrow(() -> new ResourceNotFoundException("competence area", areaCode)), version, true);
    }

    @GET
    @Path("/statements")
    @Operation(summary = "List statements",
            description = "Statements and sub-headings in document order, each with its place (area, parent, depth), optionally of one domain or area.")
    @APIResponse(responseCode = "200", description = "A page of statements and sub-headings.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    public Page<StatementView> statements(
            @BeanParam VersionPath path,
            @QueryParam("domain") @Parameter(description = "Only statements of this domain.",
                    example = "2") String domain,
            @QueryParam("area") @Parameter(description = "Only statements of this area.", example = "2.5") String area,
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(
                    description = "Page size, 1 to 200.") int limit) {
        Readable version = read(path);
        return OffsetPages.page(version.content().statements().stream()
                .filter(s -> domain == null || s.domain().code().equals(domain))
                .filter(s -> area == null || s.area().code().equals(area))
                .map(s -> ContentViews.statement(s, version)).toList(), cursor, limit);
    }

    @GET
    @Path("/statements/{statementCode}")
    @Operation(summary = "Read a statement",
            description = "One competence statement (or heading) of a version with its nested statements, by its code. Public for published versions; a draft is found only by framework editors.")
    @APIResponse(responseCode = "200", description = "The statement.")
    @APIResponse(responseCode = "404", description = "No such statement.")
    public StatementView statement(@BeanParam VersionPath path,
            @PathParam("statementCode") @Parameter(example = "2.5.2.3") String statementCode) {
        Readable version = read(path);
        return ContentViews.statement(version.content().statement(statementCode)
                .orElseThrow(() -> new ResourceNotFoundException("statement", statementCode)), version);
    }

    @GET
    @Path("/units")
    @Operation(summary = "List curriculum units",
            description = "The curriculum's units in order, each with its aims, the areas it maps to and the statements it covers; optionally of one section.")
    @APIResponse(responseCode = "200", description = "A page of curriculum units.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    public Page<UnitView> units(@BeanParam VersionPath path,
            @QueryParam("section") @Parameter(description = "Only units of this section.",
                    example = "1") String section,
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(
                    description = "Page size, 1 to 200.") int limit) {
        Readable version = read(path);
        return OffsetPages.page(version.content().units().stream()
                .filter(u -> section == null || Objects.equals(u.section().code(), section))
                .map(u -> ContentViews.unit(u, version)).toList(), cursor, limit);
    }

    @GET
    @Path("/units/{unitCode}")
    @Operation(summary = "Read a curriculum unit", description = "Unit codes contain a space: UNIT%201.6.")
    @APIResponse(responseCode = "200", description = "The unit.")
    @APIResponse(responseCode = "404", description = "No such unit.")
    public UnitView unit(@BeanParam VersionPath path,
            @PathParam("unitCode") @Parameter(example = "UNIT 1.6") String unitCode) {
        Readable version = read(path);
        return ContentViews.unit(version.content().unit(unitCode)
                .orElseThrow(() -> new ResourceNotFoundException("unit", unitCode)), version);
    }

    @GET
    @Path("/role-profiles")
    @Operation(summary = "List role profiles",
            description = "What each peer support role requires: competence areas and the level of the rating scale each needs.")
    @APIResponse(responseCode = "200", description = "A page of role profiles.")
    @APIResponse(responseCode = "404", description = "No such version visible to you.")
    public Page<RoleProfileView> roleProfiles(
            @BeanParam VersionPath path,
            @QueryParam("cursor") @Parameter(description = "Cursor from the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) @Parameter(
                    description = "Page size, 1 to 200.") int limit) {
        Readable version = read(path);
        return OffsetPages.page(version.content().roleProfiles().stream()
                .map(r -> ContentViews.roleProfile(r, version)).toList(), cursor, limit);
    }

    @GET
    @Path("/role-profiles/{roleCode}")
    @Operation(summary = "Read a role profile",
            description = "One role profile of a version: the level each competence area requires for the role. Public for published versions; a draft is found only by framework editors.")
    @APIResponse(responseCode = "200", description = "The role profile.")
    @APIResponse(responseCode = "404", description = "No such role profile.")
    public RoleProfileView roleProfile(@BeanParam VersionPath path,
            @PathParam("roleCode") @Parameter(example = "senior-psw") String roleCode) {
        Readable version = read(path);
        return ContentViews.roleProfile(version.content().roleProfile(roleCode)
                .orElseThrow(() -> new ResourceNotFoundException("role profile", roleCode)), version);
    }

    private Readable read(VersionPath path) {
        return contents.visible(path.frameworkCode(), path.versionCode());
    }
}
