package org.pswcp.supervision.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pswcp.kit.id.TimeOrderedIds;

/** A member of the organisation's peer support workforce, as HR knows them. */
@Entity
@Table(name = "worker")
public class Worker {

    @Id
    UUID id;

    String organisation;

    String workerId;

    @Enumerated(EnumType.STRING)
    WorkerRole role;

    String team;

    LocalDate startDate;

    LocalDate endDate;

    Instant updatedAt;

    @Version
    long version;

    protected Worker() {
    }

    Worker(String organisation, String workerId) {
        this.id = TimeOrderedIds.next();
        this.organisation = organisation;
        this.workerId = workerId;
    }

    /** Applies HR's record; says whether anything changed, so a repeated push announces nothing. */
    boolean update(WorkerRole role, String team, LocalDate startDate, LocalDate endDate, Instant now) {
        boolean changed = role != this.role || !team.equals(this.team) || !startDate.equals(this.startDate)
                || !java.util.Objects.equals(endDate, this.endDate);
        if (changed) {
            this.role = role;
            this.team = team;
            this.startDate = startDate;
            this.endDate = endDate;
            this.updatedAt = now;
        }
        return changed;
    }

    /** On the roster that day: started, and not yet left. */
    public boolean isActiveOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !day.isAfter(endDate));
    }

    public String organisation() {
        return organisation;
    }

    public String workerId() {
        return workerId;
    }

    public WorkerRole role() {
        return role;
    }

    public String team() {
        return team;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
