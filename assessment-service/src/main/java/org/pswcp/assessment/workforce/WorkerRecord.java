package org.pswcp.assessment.workforce;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A worker's role and team, as supervision-service's roster announces them (WorkerUpdated). */
@Entity
@Table(name = "worker")
@IdClass(WorkerRecord.Key.class)
public class WorkerRecord {

    public record Key(String organisation, String workerId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    @Id
    String organisation;

    @Id
    String workerId;

    String role;

    String team;

    Instant updatedAt;

    protected WorkerRecord() {
    }

    WorkerRecord(String organisation, String workerId) {
        this.organisation = organisation;
        this.workerId = workerId;
    }

    void update(String role, String team, Instant at) {
        this.role = role;
        this.team = team;
        this.updatedAt = at;
    }

    public String role() {
        return role;
    }

    public String team() {
        return team;
    }
}
