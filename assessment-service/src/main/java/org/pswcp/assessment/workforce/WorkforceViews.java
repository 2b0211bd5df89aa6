package org.pswcp.assessment.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What this service learned of a worker from supervision-service's events, as their subject access export shows it.
 */
public final class WorkforceViews {

    private WorkforceViews() {
    }

    @Schema(name = "WorkforceRecord", description = "A worker's role and team as supervision-service's roster last"
            + " announced them to this service (WorkerUpdated).")
    public record WorkerView(
            @Schema(description = "The worker, as their trust knows them.", example = "10000002") String workerId,
            @Schema(description = "Their role on the roster.", example = "PSW") String role,
            @Schema(description = "Their team on the roster.", example = "Crisis team") String team,
            @Schema(description = "When this service last learned them.") Instant updatedAt) {

        static WorkerView of(WorkerRecord record) {
            return new WorkerView(record.workerId, record.role, record.team, record.updatedAt);
        }
    }

    @Schema(name = "SupervisionLink", description = "A supervision agreement as this service knows it"
            + " (SupervisionAgreementStarted/Ended): who supervises whom, from when to when. It decides who may see and"
            + " sign off the worker's assessments.")
    public record SupervisionLinkView(
            @Schema(description = "The agreement's id in supervision-service.",
                    example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e71") UUID agreementId,
            @Schema(description = "How the worker takes part.", enumeration = {
                    "SUPERVISEE", "SUPERVISOR"},
                    example = "SUPERVISEE") String role,
            @Schema(description = "The worker supervised.", example = "10000002") String superviseeWorkerId,
            @Schema(description = "The worker who supervises; \"(destroyed)\" once their records were destroyed.",
                    example = "10000010") String supervisorWorkerId,
            @Schema(description = "The kind of supervision.", example = "ROLE_SPECIFIC") String type,
            @Schema(description = "The agreement's first day.", example = "2026-01-05") LocalDate startDate,
            @Schema(description = "The agreement's last day; absent while it runs on.",
                    example = "2026-12-31") LocalDate endDate){

        static SupervisionLinkView of(SupervisionLink link, String workerId) {
            return new SupervisionLinkView(link.agreementId,
                    workerId.equals(link.superviseeWorkerId) ? "SUPERVISEE" : "SUPERVISOR", link.superviseeWorkerId,
                    link.supervisorWorkerId, link.type, link.startDate, link.endDate);
        }
    }

    @Schema(name = "ObservationOfYou", description = "A direct observation of the worker's practice recorded in"
            + " supervision (DirectObservationRecorded), as this service holds it: evidence in their competence"
            + " profile. The observer's comment is held by supervision-service only, and is in its part of the"
            + " export.")
    public record ObservationView(
            @Schema(description = "The observation's id in supervision-service.",
                    example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e72") UUID observationId,
            @Schema(description = "The supervisor who observed; \"(destroyed)\" once their records were destroyed.",
                    example = "10000010") String observerWorkerId,
            @Schema(description = "The framework version of the statements observed.",
                    example = "0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e70") UUID frameworkVersionId,
            @Schema(description = "Codes of the statements observed.",
                    example = "[\"2.5.2.3\"]") List<String> statementCodes,
            @Schema(description = "The level observed, a code of the version's rating scale.",
                    example = "competent") String level,
            @Schema(description = "The day of the observation.", example = "2026-11-02") LocalDate observedOn,
            @Schema(description = "When this service learned it.") Instant recordedAt) {

        static ObservationView of(Observation o) {
            return new ObservationView(o.observationId(), o.observerWorkerId(), o.frameworkVersionId(),
                    List.copyOf(o.statementCodes()), o.level(), o.observedOn(), o.recordedAt());
        }
    }
}
