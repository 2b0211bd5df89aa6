package org.pswcp.framework.casev1;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pswcp.framework.casev1.CaseTypes.CFAssociation;
import org.pswcp.framework.casev1.CaseTypes.CFAssociationGrouping;
import org.pswcp.framework.casev1.CaseTypes.CFAssociationSet;
import org.pswcp.framework.casev1.CaseTypes.CFConceptSet;
import org.pswcp.framework.casev1.CaseTypes.CFDocument;
import org.pswcp.framework.casev1.CaseTypes.CFDocumentSet;
import org.pswcp.framework.casev1.CaseTypes.CFItem;
import org.pswcp.framework.casev1.CaseTypes.CFItemTypeSet;
import org.pswcp.framework.casev1.CaseTypes.CFLicense;
import org.pswcp.framework.casev1.CaseTypes.CFPackage;
import org.pswcp.framework.casev1.CaseTypes.CFRubric;
import org.pswcp.framework.casev1.CaseTypes.CFSubjectSet;
import org.pswcp.framework.casev1.CaseTypes.StatusInfo;
import org.pswcp.kit.problem.FieldError;
import org.pswcp.kit.problem.ParameterErrors;

/**
 * The 1EdTech CASE 1.0 read API over the published framework versions, one CFDocument per version, so that any
 * CASE-aware learning system can consume the framework unchanged. Errors answer with CASE's {@code imsx_StatusInfo}.
 */
@Path(CaseUris.PATH)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "CASE 1.0",
        description = "The 1EdTech Competencies and Academic Standards Exchange read API: the published framework versions as CFDocuments, CFItems and CFAssociations.")
public class CaseResource {

    private static final Logger LOG = Logger.getLogger(CaseResource.class);
    private static final Pattern UUID_SHAPE = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Map<String, Comparator<CFDocument>> SORTS = Map.of(
            "identifier", Comparator.comparing(CFDocument::identifier),
            "title", Comparator.comparing(CFDocument::title),
            "version", Comparator.comparing(CFDocument::version),
            "lastChangeDateTime", Comparator.comparing(CFDocument::lastChangeDateTime),
            "adoptionStatus", Comparator.comparing(CFDocument::adoptionStatus),
            "creator", Comparator.comparing(CFDocument::creator));

    /** A request CASE answers with an imsx_StatusInfo. */
    static final class CaseException extends RuntimeException {

        final int status;
        final StatusInfo info;

        CaseException(int status, String field, String codeMinor, String description) {
            super(description, null, false, false);
            this.status = status;
            this.info = StatusInfo.failure(field, codeMinor, description);
        }
    }

    private final CaseGraphs graphs;

    CaseResource(CaseGraphs graphs) {
        this.graphs = graphs;
    }

    @GET
    @Path("/CFDocuments")
    @Operation(summary = "List CFDocuments",
            description = "One CFDocument per published framework version. Paged with limit and offset; the total is in X-Total-Count.")
    @APIResponse(responseCode = "200", description = "The documents.",
            content = @Content(schema = @Schema(implementation = CFDocumentSet.class)),
            headers = @Header(name = "X-Total-Count",
                    description = "How many documents there are in all, whatever the page.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0")))
    @APIResponse(responseCode = "400",
            description = "An unknown sort field, an order other than asc or desc, or a limit or offset out of range.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public Response documents(
            @QueryParam("limit") @DefaultValue("100") @Parameter(description = "Most documents to return.") int limit,
            @QueryParam("offset") @DefaultValue("0") @Parameter(description = "How many to skip.") int offset,
            @QueryParam("sort") @Parameter(
                    description = "Field to sort by: identifier, title, version, lastChangeDateTime, adoptionStatus or creator.") String sort,
            @QueryParam("orderBy") @DefaultValue("asc") @Parameter(description = "asc or desc.") String orderBy) {
        if (limit < 1 || offset < 0) {
            throw new CaseException(400, "limit", "invalid_selection_field",
                    "limit must be 1 or more, offset 0 or more");
        }
        if (!orderBy.equals("asc") && !orderBy.equals("desc")) {
            throw new CaseException(400, "orderBy", "invalid_selection_field", "orderBy must be asc or desc");
        }
        List<CFDocument> all = graphs.catalogue().graphs().stream().map(CaseGraph::document).toList();
        if (sort != null) {
            Comparator<CFDocument> order = Optional.ofNullable(SORTS.get(sort)).orElseThrow(
                    () -> new CaseException(400, "sort", "invalid_sort_field", "Cannot sort by " + sort));
            all = all.stream().sorted(orderBy.equals("desc") ? order.reversed() : order).toList();
        }
        List<CFDocument> page = all.stream().skip(offset).limit(limit).toList();
        return Response.ok(new CFDocumentSet(page)).header("X-Total-Count", all.size()).build();
    }

    @GET
    @Path("/CFDocuments/{sourcedId}")
    @Operation(summary = "Read a CFDocument",
            description = "The CASE 1.0 document of a published framework version: its title, creator, version and licence, by the version's sourcedId.")
    @APIResponse(responseCode = "200", description = "The document.")
    @APIResponse(responseCode = "404", description = "Unknown id.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    @APIResponse(responseCode = "400", description = "The sourcedId is not a UUID in lower case.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public CFDocument document(@PathParam("sourcedId") String sourcedId) {
        return find(sourcedId, g -> g.documentLink().identifier().equals(sourcedId)
                ? Optional.of(g.document())
                : Optional.empty());
    }

    @GET
    @Path("/CFPackages/{sourcedId}")
    @Operation(summary = "Read a CFPackage",
            description = "A whole published framework version: the document, every item and association, the definitions and the rating scale as a rubric.")
    @APIResponse(responseCode = "200", description = "The package.")
    @APIResponse(responseCode = "404", description = "Unknown id.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    @APIResponse(responseCode = "400", description = "The sourcedId is not a UUID in lower case.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public CFPackage pkg(@PathParam("sourcedId") String sourcedId) {
        return find(sourcedId, g -> g.documentLink().identifier().equals(sourcedId)
                ? Optional.of(g.toPackage())
                : Optional.empty());
    }

    @GET
    @Path("/CFItems/{sourcedId}")
    @Operation(summary = "Read a CFItem",
            description = "A domain, competence area, sub-heading, competence statement, curriculum section or unit.")
    @APIResponse(responseCode = "200", description = "The item.")
    @APIResponse(responseCode = "404", description = "Unknown id.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    @APIResponse(responseCode = "400", description = "The sourcedId is not a UUID in lower case.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public CFItem item(@PathParam("sourcedId") String sourcedId) {
        return find(sourcedId, g -> g.item(sourcedId));
    }

    @GET
    @Path("/CFAssociations/{sourcedId}")
    @Operation(summary = "Read a CFAssociation",
            description = "One CASE 1.0 association by its sourcedId: a parent-child link, a curriculum mapping or a lineage link between items.")
    @APIResponse(responseCode = "200", description = "The association.")
    @APIResponse(responseCode = "404", description = "Unknown id.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    @APIResponse(responseCode = "400", description = "The sourcedId is not a UUID in lower case.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public CFAssociation association(@PathParam("sourcedId") String sourcedId) {
        return find(sourcedId, g -> g.association(sourcedId));
    }

    @GET
    @Path("/CFItemAssociations/{sourcedId}")
    @Operation(summary = "Read an item with its associations",
            description = "The item and every association it is the origin or destination of.")
    @APIResponse(responseCode = "200", description = "The item and its associations.")
    @APIResponse(responseCode = "404", description = "Unknown id.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    @APIResponse(responseCode = "400", description = "The sourcedId is not a UUID in lower case.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public CFAssociationSet itemAssociations(@PathParam("sourcedId") String sourcedId) {
        return find(sourcedId,
                g -> g.item(sourcedId).map(item -> new CFAssociationSet(item, g.associationsOf(sourcedId))));
    }

    @GET
    @Path("/CFRubrics/{sourcedId}")
    @Operation(summary = "Read a CFRubric",
            description = "A version's rating scale: one criterion whose levels are the scale's levels.")
    @APIResponse(responseCode = "200", description = "The rubric.")
    @APIResponse(responseCode = "404", description = "Unknown id.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    @APIResponse(responseCode = "400", description = "The sourcedId is not a UUID in lower case.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public CFRubric rubric(@PathParam("sourcedId") String sourcedId) {
        return find(sourcedId, g -> g.rubric(sourcedId));
    }

    @GET
    @Path("/CFItemTypes/{sourcedId}")
    @Operation(summary = "Read a CFItemType",
            description = "One CASE 1.0 item type (domain, competence area, heading, statement, unit) by its sourcedId.")
    @APIResponse(responseCode = "200", description = "The item type.")
    @APIResponse(responseCode = "404", description = "Unknown id.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    @APIResponse(responseCode = "400", description = "The sourcedId is not a UUID in lower case.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public CFItemTypeSet itemType(@PathParam("sourcedId") String sourcedId) {
        return definition(sourcedId, d -> d.itemTypes().values().stream()
                .filter(t -> t.identifier().equals(sourcedId)).findFirst().map(t -> new CFItemTypeSet(List.of(t))));
    }

    @GET
    @Path("/CFConcepts/{sourcedId}")
    @Operation(summary = "Read a CFConcept",
            description = "The kinds of domain: core, optional, meta and organisational.")
    @APIResponse(responseCode = "200", description = "The concept.")
    @APIResponse(responseCode = "404", description = "Unknown id.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    @APIResponse(responseCode = "400", description = "The sourcedId is not a UUID in lower case.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public CFConceptSet concept(@PathParam("sourcedId") String sourcedId) {
        return definition(sourcedId, d -> d.concepts().values().stream()
                .filter(c -> c.identifier().equals(sourcedId)).findFirst().map(c -> new CFConceptSet(List.of(c))));
    }

    @GET
    @Path("/CFSubjects/{sourcedId}")
    @Operation(summary = "Read a CFSubject",
            description = "The CASE 1.0 subject the framework's documents are about, by its sourcedId.")
    @APIResponse(responseCode = "200", description = "The subject.")
    @APIResponse(responseCode = "404", description = "Unknown id.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    @APIResponse(responseCode = "400", description = "The sourcedId is not a UUID in lower case.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public CFSubjectSet subject(@PathParam("sourcedId") String sourcedId) {
        return definition(sourcedId, d -> d.subject().identifier().equals(sourcedId)
                ? Optional.of(new CFSubjectSet(List.of(d.subject())))
                : Optional.empty());
    }

    @GET
    @Path("/CFLicenses/{sourcedId}")
    @Operation(summary = "Read a CFLicense",
            description = "The CASE 1.0 licence under which the framework's content is published, by its sourcedId.")
    @APIResponse(responseCode = "200", description = "The licence.")
    @APIResponse(responseCode = "404", description = "Unknown id.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    @APIResponse(responseCode = "400", description = "The sourcedId is not a UUID in lower case.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public CFLicense licence(@PathParam("sourcedId") String sourcedId) {
        return definition(sourcedId, d -> d.licence().identifier().equals(sourcedId)
                ? Optional.of(d.licence())
                : Optional.empty());
    }

    @GET
    @Path("/CFAssociationGroupings/{sourcedId}")
    @Operation(summary = "Read a CFAssociationGrouping",
            description = "Framework hierarchy, curriculum coverage, or version lineage.")
    @APIResponse(responseCode = "200", description = "The grouping.")
    @APIResponse(responseCode = "404", description = "Unknown id.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    @APIResponse(responseCode = "400", description = "The sourcedId is not a UUID in lower case.",
            content = @Content(schema = @Schema(implementation = StatusInfo.class)))
    public CFAssociationGrouping grouping(@PathParam("sourcedId") String sourcedId) {
        return definition(sourcedId, d -> d.groupings().values().stream()
                .filter(g -> g.identifier().equals(sourcedId)).findFirst());
    }

    /** CASE answers its errors with imsx_StatusInfo, not with the platform's problem+json. */
    @ServerExceptionMapper
    public Response caseError(CaseException e) {
        return Response.status(e.status).type(MediaType.APPLICATION_JSON).entity(e.info).build();
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        int status = e.getResponse().getStatus();
        // A parameter the kit refused, or one not of its type (JAX-RS says 404): the caller's mistake, a 400 naming it.
        List<FieldError> invalid = ParameterErrors.of(e, resource, uri);
        if (!invalid.isEmpty()) {
            return Response.status(400).type(MediaType.APPLICATION_JSON).entity(StatusInfo.failure(
                    invalid.get(0).field(), "invalid_selection_field", invalid.get(0).field() + " "
                            + invalid.get(0).message()))
                    .build();
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(StatusInfo.failure("sourcedId", status == 404 ? "unknownobject" : "invalid_selection_field",
                        "The request could not be served (HTTP " + status + ")."))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected error in the CASE API", e);
        return Response.status(500).type(MediaType.APPLICATION_JSON)
                .entity(StatusInfo.failure("sourcedId", "internal_server_error", "Something went wrong on our side."))
                .build();
    }

    private <T> T find(String sourcedId, Function<CaseGraph, Optional<T>> lookup) {
        checkId(sourcedId);
        for (CaseGraph graph : graphs.catalogue().graphs()) {
            Optional<T> found = lookup.apply(graph);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw unknown(sourcedId);
    }

    private <T> T definition(String sourcedId, Function<CaseDefinitions, Optional<T>> lookup) {
        checkId(sourcedId);
        return lookup.apply(graphs.catalogue().definitions()).orElseThrow(() -> unknown(sourcedId));
    }

    private static void checkId(String sourcedId) {
        if (!UUID_SHAPE.matcher(sourcedId).matches()) {
            throw new CaseException(400, "sourcedId", "invaliduuid", sourcedId.length() > 64
                    ? "Not a UUID"
                    : "'" + sourcedId + "' is not a UUID in lower case");
        }
    }

    private static CaseException unknown(String sourcedId) {
        return new CaseException(404, "sourcedId", "unknownobject", "No object with identifier " + sourcedId);
    }
}
