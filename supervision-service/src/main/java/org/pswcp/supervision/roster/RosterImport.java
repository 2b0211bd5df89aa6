package org.pswcp.supervision.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.kit.id.TimeOrderedIds;
import org.pswcp.kit.problem.ConflictException;
import org.pswcp.kit.problem.UnprocessableException;

/**
 * A roster file HR uploaded: its dry run, then its application. It keeps counts and errors (line, column, reason: never
 * a cell's value); the rows it would apply are staged beside it ({@link RosterImportRow}) until it is applied or
 * expires.
 */
@Entity
@Table(name = "roster_import")
public class RosterImport {

    @Schema(name = "RosterImportStatus")
    public enum Status {
        /** Waiting for the background job to read it. */
        PENDING,
        /** Being read and compared with the roster. */
        VALIDATING,
        /** The dry run is done: it can be applied. */
        READY,
        /** Being applied, in one transaction. */
        APPLYING,
        /** Applied: the roster is as the file says. */
        APPLIED,
        /** Reading or applying it failed; the roster is unchanged. */
        FAILED,
        /** Not applied in time: its staged rows are gone. */
        EXPIRED
    }

    @Schema(name = "RosterImportMode")
    public enum Mode {
        /** The file is the whole roster: workers it does not name are ended on the effective date. */
        FULL,
        /** The file adds and changes workers; it ends no one. */
        PARTIAL
    }

    @Schema(name = "RosterImportFormat")
    public enum Format {
        CSV, JSON
    }

    @Id
    UUID id;

    String organisation;

    @Enumerated(EnumType.STRING)
    Status status;

    @Enumerated(EnumType.STRING)
    Mode mode;

    @Enumerated(EnumType.STRING)
    Format format;

    LocalDate effectiveDate;

    int rowCount;

    int added;

    int changed;

    int ended;

    int unchanged;

    int invalidRows;

    int errorCount;

    /** The first errors, as a JSON array of {line, column, reason}. */
    String errors;

    boolean validRowsOnly;

    Instant createdAt;

    Instant updatedAt;

    Instant appliedAt;

    String failure;

    protected RosterImport() {
    }

    RosterImport(String organisation, Format format, Mode mode, LocalDate effectiveDate, int rowCount, Instant now) {
        this.id = TimeOrderedIds.next();
        this.organisation = organisation;
        this.format = format;
        this.mode = mode;
        this.effectiveDate = effectiveDate;
        this.rowCount = rowCount;
        this.status = Status.PENDING;
        this.errors = "[]";
        this.createdAt = now;
        this.updatedAt = now;
    }

    void validating(Instant now) {
        moveTo(Status.VALIDATING, now);
    }

    /** The dry run is done. */
    void ready(int invalidRows, int errorCount, String errors, Counts counts, Instant now) {
        this.invalidRows = invalidRows;
        this.errorCount = errorCount;
        this.errors = errors;
        count(counts);
        moveTo(Status.READY, now);
    }

    /**
     * Only a ready import is applied, once; one whose file has errors only when the caller asks for its valid rows.
     */
    void startApplying(boolean validRowsOnly, Instant now) {
        if (status != Status.READY) {
            throw new ConflictException("This import is " + status + ": only a READY import can be applied.");
        }
        if (errorCount > 0 && !validRowsOnly) {
            throw new UnprocessableException("The file has " + errorCount + " error(s), so applying it would change"
                    + " nothing: correct the file and import it again, or apply its valid rows with"
                    + " validRowsOnly=true.");
        }
        if (errorCount > 0 && added + changed + unchanged == 0) {
            throw new UnprocessableException("The file has no valid row to apply: a full import of it would end"
                    + " everyone on the roster.");
        }
        this.validRowsOnly = validRowsOnly;
        moveTo(Status.APPLYING, now);
    }

    void applied(Counts counts, Instant now) {
        count(counts);
        this.appliedAt = now;
        moveTo(Status.APPLIED, now);
    }

    void failed(String reason, Instant now) {
        this.failure = reason;
        moveTo(Status.FAILED, now);
    }

    void expired(Instant now) {
        moveTo(Status.EXPIRED, now);
    }

    private void count(Counts counts) {
        this.added = counts.added();
        this.changed = counts.changed();
        this.ended = counts.ended();
        this.unchanged = counts.unchanged();
    }

    private void moveTo(Status next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    /** How many workers an import adds, changes, ends and leaves as they are. */
    record Counts(int added, int changed, int ended, int unchanged) {
    }

    public UUID id() {
        return id;
    }

    public String organisation() {
        return organisation;
    }

    public Status status() {
        return status;
    }

    public Mode mode() {
        return mode;
    }

    public Format format() {
        return format;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public int rowCount() {
        return rowCount;
    }
}
