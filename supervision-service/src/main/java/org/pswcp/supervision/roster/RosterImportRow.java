package org.pswcp.supervision.roster;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pswcp.kit.id.TimeOrderedIds;

/**
 * A row of an import's dry run, staged until the import is applied or expires: a valid row of the file (what the roster
 * would hold), a worker the import would end, or a worker id named on an invalid row (whom a full import must not end).
 */
@Entity
@Table(name = "roster_import_row")
public class RosterImportRow {

    /** What the row is in the dry run: a {@link RosterPlan.Outcome}, or INVALID. */
    public enum Kind {
        ADDED, CHANGED, UNCHANGED, ENDED, INVALID
    }

    @Id
    UUID id;

    UUID importId;

    String organisation;

    Integer line;

    String workerId;

    @Enumerated(EnumType.STRING)
    WorkerRole role;

    String team;

    LocalDate startDate;

    LocalDate endDate;

    @Enumerated(EnumType.STRING)
    Kind kind;

    String changedFields;

    protected RosterImportRow() {
    }

    RosterImportRow(RosterImport rosterImport, Integer line, String workerId, Kind kind) {
        this.id = TimeOrderedIds.next();
        this.importId = rosterImport.id();
        this.organisation = rosterImport.organisation();
        this.line = line;
        this.workerId = workerId;
        this.kind = kind;
    }

    static RosterImportRow of(RosterImport rosterImport, RosterPlan.Change change) {
        RosterImportRow staged = new RosterImportRow(rosterImport, change.line(), change.workerId(),
                Kind.valueOf(change.outcome().name()));
        if (change.row() != null) {
            staged.role = change.row().role();
            staged.team = change.row().team();
            staged.startDate = change.row().startDate();
            staged.endDate = change.row().endDate();
        }
        staged.changedFields = change.fields().isEmpty() ? null : String.join(",", change.fields());
        return staged;
    }

    /** The file's row, as it was read; null for ended workers and invalid rows. */
    RosterFile.Row row() {
        return kind == Kind.ENDED || kind == Kind.INVALID
                ? null
                : new RosterFile.Row(line, workerId, role, team, startDate, endDate);
    }

    public String workerId() {
        return workerId;
    }

    public Integer line() {
        return line;
    }

    public Kind kind() {
        return kind;
    }

    public String changedFields() {
        return changedFields;
    }
}
