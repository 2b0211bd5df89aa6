package org.pswcp.supervision.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AgreementDtos {

    private AgreementDtos() {
    }

    @Schema(name = "NewAgreement",
            description = "A supervision agreement as HR records it: who supervises whom, of which type, how often, how and where (the framework's supporting document, §3.3).")
    public record NewAgreement(
            @NotBlank @Size(max = 32) @Schema(
                    description = "The worker who receives supervision; must be on the organisation's roster.",
                    example = "10000001") String superviseeWorkerId,
            @NotBlank @Size(max = 32) @Schema(
                    description = "The worker who gives it; must be on the organisation's roster, and not the supervisee.",
                    example = "10000002") String supervisorWorkerId,
            @NotNull @Schema(example = "ROLE_SPECIFIC") AgreementType type,
            @NotBlank @Size(max = 20) @Schema(
                    description = "How often they meet: an ISO-8601 period from one week (P1W) to three months (P3M); a month counts as 30.44 days, so P13W is accepted and P14W is not.",
                    example = "P2W") String frequency,
            @NotNull @Schema(example = "IN_PERSON") SupervisionFormat format,
            @Size(max = 200) @Schema(description = "Where they meet, in words.",
                    example = "Peer support office, Riverside House") String location,
            @NotNull @Schema(description = "First day of the agreement.", example = "2026-01-05") LocalDate startDate,
            @Schema(description = "Last day of the agreement, if already known; not before startDate.",
                    example = "2027-01-04") LocalDate endDate) {
    }

    @Schema(name = "AgreementEnd", description = "HR ends an agreement.")
    public record EndAgreement(
            @NotNull @Schema(
                    description = "The agreement's last active day: not before its startDate, nor after an endDate already agreed.",
                    example = "2026-06-30") LocalDate endDate,
            @Size(max = 500) @Schema(
                    description = "Why it ends, for HR's records. Not confidential: write nothing about anyone's health or wellbeing here.",
                    example = "Supervisor moved to another team") String reason) {
    }

    @Schema(name = "Agreement", description = "A supervision agreement between a supervisee and a supervisor.")
    public record AgreementView(
            UUID id,
            @Schema(example = "R9A") String organisation,
            @Schema(example = "10000001") String superviseeWorkerId,
            @Schema(example = "10000002") String supervisorWorkerId,
            AgreementType type,
            @Schema(description = "ISO-8601 period between sessions.", example = "P2W") String frequency,
            SupervisionFormat format,
            @Schema(example = "Peer support office, Riverside House") String location,
            @Schema(example = "2026-01-05") LocalDate startDate,
            @Schema(description = "Last active day; absent while open-ended.",
                    example = "2027-01-04") LocalDate endDate,
            @Schema(description = "Whether the agreement is active today (startDate <= today <= endDate, in the trust's time zone).") boolean active,
            @Schema(description = "When HR ended the agreement; absent until then.") Instant endedAt,
            @Schema(description = "HR's reason for ending it.",
                    example = "Supervisor moved to another team") String endReason,
            Instant createdAt) {

        static AgreementView of(Agreement a, LocalDate today) {
            return new AgreementView(a.id(), a.organisation(), a.superviseeWorkerId(), a.supervisorWorkerId(),
                    a.type(), a.frequency(), a.format(), a.location(), a.startDate(), a.endDate(), a.isActiveOn(today),
                    a.endedAt(), a.endReason(), a.createdAt());
        }
    }
}
