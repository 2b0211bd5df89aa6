package org.pswcp.supervision.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

public final class RosterImportDtos {

    private RosterImportDtos() {
    }

    @Schema(name = "RosterImportError", description = "What is wrong with the file, where. The reason never quotes"
            + " the cell.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowError(
            @Schema(description = "The line in the file: in CSV the header is line 1 (a quoted cell spanning lines"
                    + " counts each); in JSON the line where the array element starts.", example = "3") int line,
            @Schema(description = "The column (CSV header name or JSON field); absent when the whole line is at"
                    + " fault.", example = "startDate") String column,
            @Schema(example = "must be a date as YYYY-MM-DD") String reason) {
    }

    @Schema(name = "RosterImportChange", description = "A worker whose record the import adds, changes or ends.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeView(
            @Schema(example = "10000001") String workerId,
            @Schema(enumeration = {
                    "ADDED", "CHANGED", "ENDED"}, example = "CHANGED") String change,
            @Schema(description = "Which fields change (names, never values); for an ended worker, endDate.",
                    example = "[\"team\"]") List<String> fields,
            @Schema(description = "The file's line; absent for a worker ended because the file leaves them out.",
                    example = "3") Integer line){

        static ChangeView of(RosterImportRow row) {
            List<String> fields = row.changedFields() == null
                    ? List.of()
                    : Arrays.asList(row.changedFields().split(","));
            return new ChangeView(row.workerId(), row.kind().name(), fields, row.line());
        }
    }

    @Schema(name = "RosterImportCounts", description = "How many workers the import adds, changes, ends and leaves"
            + " as they are: the dry run's figures until it is applied, then what applying did.")
    public record Counts(@Schema(example = "1") int added, @Schema(example = "1") int changed,
            @Schema(example = "1") int ended, @Schema(example = "4997") int unchanged) {
    }

    @Schema(name = "RosterImport", description = "A roster file HR uploaded: its dry run, then its application.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportView(UUID id,
            @Schema(description = "PENDING (waiting for the background job), VALIDATING, READY (the dry run is done:"
                    + " it may be applied), APPLYING, APPLIED, FAILED (nothing changed; see failure) or EXPIRED (not"
                    + " applied within the service's keep period).") RosterImport.Status status,
            @Schema(description = "FULL: the file is the whole roster, and workers it leaves out are ended on"
                    + " effectiveDate. PARTIAL: it adds and changes, and ends no one.") RosterImport.Mode mode,
            RosterImport.Format format,
            @Schema(description = "The day a full import ends the workers it leaves out.",
                    example = "2026-12-05") LocalDate effectiveDate,
            @Schema(description = "Data rows in the file (the CSV header is not one).", example = "5000") int rows,
            Counts counts,
            @Schema(description = "Lines of the file with at least one error.", example = "0") int invalidRows,
            @Schema(description = "All errors found; errors lists the first of them.", example = "0") int errorCount,
            List<RowError> errors,
            @Schema(description = "The workers the dry run adds, changes or ends (unchanged ones are only counted),"
                    + " in file order, then the ended by id; present while the import is READY.") List<ChangeView> changes,
            @Schema(description = "Whether it was applied with validRowsOnly.") boolean validRowsOnly,
            @Schema(description = "Why it FAILED: dry-run-failed, apply-failed, or interrupted (the replica"
                    + " doing it stopped; upload the file again).") String failure,
            Instant createdAt, Instant updatedAt, Instant appliedAt) {

        static ImportView of(RosterImport i, List<RosterImportRow> staged, List<RowError> errors) {
            List<ChangeView> changes = i.status() == RosterImport.Status.READY
                    ? staged.stream().filter(r -> r.kind() != RosterImportRow.Kind.UNCHANGED
                            && r.kind() != RosterImportRow.Kind.INVALID).map(ChangeView::of).toList()
                    : null;
            return new ImportView(i.id(), i.status(), i.mode(), i.format(), i.effectiveDate(), i.rowCount(),
                    new Counts(i.added, i.changed, i.ended, i.unchanged), i.invalidRows, i.errorCount, errors,
                    changes, i.validRowsOnly, i.failure, i.createdAt, i.updatedAt, i.appliedAt);
        }
    }

    /** For the contract only: the service reads the file itself, to report errors by line. */
    @Schema(name = "RosterImportRecord", description = "A worker in a JSON roster file: the single-worker record"
            + " (PUT /v1/workers/{workerId}) with the worker's id. Values are strings; endDate may be null or absent.")
    public record ImportRecord(
            @Schema(required = true, example = "10000001") String workerId,
            @Schema(required = true, example = "PSW") WorkerRole role,
            @Schema(required = true, maxLength = 100, example = "Early Intervention in Psychosis, North") String team,
            @Schema(required = true, example = "2025-04-01") LocalDate startDate,
            @Schema(example = "2027-03-31") LocalDate endDate,
            @Schema(description = "Optional; when present it must be your organisation's ODS code.",
                    example = "R9A") String organisation) {
    }
}
