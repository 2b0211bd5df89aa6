package org.pswcp.supervision.roster;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RosterDtos {

    private RosterDtos() {
    }

    @Schema(name = "WorkerRecord", description = "HR's record of a peer support worker.")
    public record PutWorker(
            @NotNull @Schema(example = "PSW") WorkerRole role,
            @NotBlank @Size(max = 100) @Schema(description = "The team the worker belongs to.",
                    example = "Early Intervention in Psychosis, North") String team,
            @NotNull @Schema(example = "2025-04-01") LocalDate startDate,
            @Schema(description = "Last day in post; absent while employed.",
                    example = "2027-03-31") LocalDate endDate) {

        @AssertTrue(message = "must not be before startDate")
        @Schema(hidden = true)
        public boolean isEndDate() {
            return endDate == null || startDate == null || !endDate.isBefore(startDate);
        }
    }

    @Schema(name = "Worker", description = "A member of the organisation's peer support workforce.")
    public record WorkerView(
            @Schema(description = "The worker's id as the trust knows it, e.g. an ESR employee number.",
                    example = "10000001") String workerId,
            @Schema(example = "R9A") String organisation,
            WorkerRole role,
            @Schema(example = "Early Intervention in Psychosis, North") String team,
            LocalDate startDate,
            LocalDate endDate,
            Instant updatedAt) {

        static WorkerView of(Worker w) {
            return new WorkerView(w.workerId(), w.organisation(), w.role(), w.team(), w.startDate(), w.endDate(),
                    w.updatedAt());
        }
    }

}
