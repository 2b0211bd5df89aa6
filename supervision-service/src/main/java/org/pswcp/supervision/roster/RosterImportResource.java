package org.pswcp.supervision.roster;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pswcp.kit.limits.BodyLimit;
import org.pswcp.kit.openapi.ContractHeaders;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.roster.RosterImportDtos.ImportRecord;
import org.pswcp.supervision.roster.RosterImportDtos.ImportView;

@Path("/v1/roster/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roster")
public class RosterImportResource {

    static final String CSV = "text/csv";
    /** 10,000 rows of a generous 200 bytes. */
    static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final String CSV_EXAMPLE = "workerId,role,team,startDate,endDate\r\n"
            + "10000001,PSW,\"Early Intervention in Psychosis, North\",2025-04-01,\r\n"
            + "10000002,SENIOR_PSW,Crisis Team,2023-09-04,2027-03-31\r\n";
    private static final String JSON_EXAMPLE = "[{\"workerId\":\"10000001\",\"role\":\"PSW\",\"team\":\"Early"
            + " Intervention in Psychosis, North\",\"startDate\":\"2025-04-01\"}]";

    private final RosterImportService imports;

    RosterImportResource(RosterImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.HR)
    @BodyLimit(bytes = MAX_BYTES)
    @Operation(summary = "Upload a roster file (dry run)", description = "HR uploads its organisation's whole roster"
            + " as CSV (text/csv, UTF-8, a byte order mark allowed; the header names the columns workerId, role, team,"
            + " startDate and, optionally, endDate and organisation, in any order; RFC 4180 quoting, CRLF or LF) or"
            + " JSON (an array of RosterImportRecord). Nothing changes on the roster: the answer is the import's dry"
            + " run, which says whom it would add, whose record it would change (which fields) and, for a FULL"
            + " import, whom it would end on effectiveDate because the file leaves them out (ended, never deleted)."
            + " Errors name the line (the CSV header is line 1) and column, with a reason that never quotes the cell:"
            + " an unknown role, an unreadable date, a worker id twice, a row of another organisation, a team name"
            + " starting with =, +, - or @ (refused, since a spreadsheet would run it as a formula). Always 202 with"
            + " Location: files under 1,000 rows are READY in the answer, larger ones PENDING until a background job"
            + " makes the dry run (poll the Location). At most 10,000 rows and 2 MiB (413 beyond).")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "roster", value = CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ImportRecord.class),
                    examples = @ExampleObject(name = "roster", value = JSON_EXAMPLE))})
    // @formatter:off: the formatter would join these lines past 120 columns
    @APIResponse(responseCode = "202", description = "The import; Location names its status resource.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportView.class)),
            headers = @Header(name = "Location", ref = ContractHeaders.LOCATION))
    @APIResponse(responseCode = "400", description = "A parameter is invalid.")
    @APIResponse(responseCode = "413", description = "More than 2 MiB or 10,000 rows.")
    public Response create(
            @Parameter(description = "FULL (the default): the file is the whole roster, and workers it leaves out are"
                    + " ended. PARTIAL: it adds and changes workers and ends no one.", example = "FULL")
            @QueryParam("mode") @DefaultValue("FULL") RosterImport.Mode mode,
            @Parameter(description = "The day a FULL import ends the workers it leaves out; today (the organisation's"
                    + " calendar) when absent.", example = "2026-12-05")
            @QueryParam("effectiveDate") LocalDate effectiveDate,
            @Context HttpHeaders headers, String body) {
        // @formatter:on
        RosterImport.Format format = headers.getMediaType() != null
                && headers.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        ? RosterImport.Format.JSON
                        : RosterImport.Format.CSV;
        ImportView created = imports.create(body, format, mode, effectiveDate);
        return Response.accepted(created).location(URI.create("/v1/roster/imports/" + created.id())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Read a roster import", description = "The import's status, counts and errors and, while it"
            + " is READY, the changes its dry run found: worker ids and the names of changed fields, nothing HR cannot"
            + " read on the roster. Only the organisation's HR sees its imports.")
    @APIResponse(responseCode = "200", description = "The import.")
    @APIResponse(responseCode = "404", description = "No such import in your organisation.")
    public ImportView get(@PathParam("id") UUID id) {
        return imports.get(id);
    }

    @POST
    @Path("/{id}/apply")
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Apply a roster import", description = "Applies a READY import as one operation: all of it"
            + " or, if anything fails, none of it. Each change is made again against the roster as it is now (a"
            + " single update since the dry run is taken into account), and each worker whose record changes gets"
            + " the same WorkerUpdated event a single update emits; unchanged workers emit nothing. A file with errors"
            + " changes nothing unless validRowsOnly=true, which applies its valid rows (a FULL import then never ends"
            + " a worker named on an invalid row). Always 202 with Location: a small import is APPLIED in the answer,"
            + " a large one APPLYING until the background job finishes (poll the Location). Staged rows are forgotten"
            + " once applied: the import then keeps its counts only.")
    // @formatter:off: the formatter would join these lines past 120 columns
    @APIResponse(responseCode = "202", description = "The import, APPLIED or APPLYING; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportView.class)),
            headers = @Header(name = "Location", ref = ContractHeaders.LOCATION))
    @APIResponse(responseCode = "404", description = "No such import in your organisation.")
    @APIResponse(responseCode = "409", description = "The import is not READY (applied already, still validating,"
            + " failed or expired).")
    @APIResponse(responseCode = "422", description = "The file has errors and validRowsOnly is not true.")
    public Response apply(@PathParam("id") UUID id,
            @Parameter(description = "Apply the valid rows of a file that has errors.", example = "false")
            @QueryParam("validRowsOnly") @DefaultValue("false") boolean validRowsOnly) {
        // @formatter:on
        ImportView applied = imports.apply(id, validRowsOnly);
        return Response.accepted(applied).location(URI.create("/v1/roster/imports/" + id)).build();
    }
}
