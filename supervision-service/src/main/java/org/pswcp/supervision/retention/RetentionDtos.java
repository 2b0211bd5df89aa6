package org.pswcp.supervision.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RetentionDtos {

    private RetentionDtos() {
    }

    @Schema(name = "RetentionPolicy", description = "How long the organisation keeps a worker's supervision records"
            + " after their last day in post, before a records manager appraises them. Nothing is destroyed"
            + " automatically.")
    public record PolicyView(
            @Schema(example = "R9A") String organisation,
            @Schema(description = "Whole years after the worker's end date.", example = "6") int yearsAfterEnd,
            @Schema(description = "True while the organisation has set no period of its own and the service's default"
                    + " applies (6 years, after the Records Management Code of Practice's staff records).",
                    example = "false") boolean isDefault,
            @Schema(description = "When the organisation last set its period; absent for the default.",
                    example = "2026-12-01T09:30:00Z") Instant updatedAt) {
    }

    @Schema(name = "RetentionPolicyUpdate", description = "The organisation's period, from its own retention schedule.")
    public record PutPolicy(
            @NotNull @Min(1) @Max(100) @Schema(description = "Whole years after the worker's end date, 1 to 100.",
                    example = "6", minimum = "1", maximum = "100") Integer yearsAfterEnd) {
    }

    @Schema(name = "RetentionDue", description = "A worker whose records are past the organisation's retention period"
            + " and await a records manager's appraisal.")
    public record DueView(
            @Schema(example = "10000001") String workerId,
            @Schema(description = "Their last day in post, as HR recorded it.",
                    example = "2019-03-31") LocalDate endDate,
            @Schema(description = "The first day their records were past the period.",
                    example = "2025-03-31") LocalDate dueSince,
            Held held) {
    }

    @Schema(name = "DestructionRequest", description = "A records manager's decision to destroy a worker's records.")
    public record DestructionRequest(
            @NotBlank @Size(max = 1000) @Schema(description = "Why, after appraisal, the records are destroyed rather"
                    + " than kept longer: kept in the register of destruction, and shown to auditors. Write nothing"
                    + " about anyone's health or wellbeing here.",
                    example = "Appraised 2026-12-05: retention period passed, no litigation hold, no ongoing inquiry,"
                            + " not selected for permanent preservation.",
                    minLength = 1, maxLength = 1000) String reason) {
    }

    @Schema(name = "DestructionDecision", description = "An entry of the register of destruction: who decided to"
            + " destroy a worker's records, when and why, and what was destroyed (counts only). Kept after the records"
            + " are gone.")
    public record DecisionView(
            UUID id,
            @Schema(example = "10000001") String workerId,
            @Schema(example = "R9A") String organisation,
            @Schema(description = "Their last day in post, as HR had recorded it.",
                    example = "2019-03-31") LocalDate endDate,
            @Schema(description = "The organisation's period when the decision was made.",
                    example = "6") int yearsAfterEnd,
            @Schema(description = "The first day their records were past the period.",
                    example = "2025-03-31") LocalDate dueSince,
            @Schema(description = "The records manager's reason.",
                    example = "Appraised 2026-12-05: retention period passed, no litigation hold.") String reason,
            @Schema(description = "The records manager who decided: their username.",
                    example = "rhea.records") String decidedBy,
            @Schema(description = "When the records were destroyed.",
                    example = "2026-12-05T10:00:00Z") Instant decidedAt,
            @Schema(description = "What was destroyed, counted.") Held destroyed,
            @Schema(description = "Always true: the worker's data key was destroyed with the records, so that copies"
                    + " of their confidential content, in backups or anywhere else, can no longer be read.",
                    example = "true") boolean dataKeyDestroyed) {

        static DecisionView of(DestructionDecision d) {
            return new DecisionView(d.id(), d.workerId(), d.organisation(), d.endDate(), d.yearsAfterEnd(),
                    d.dueSince(), d.reason(), d.decidedByName(), d.decidedAt(), d.destroyed(), true);
        }
    }
}
