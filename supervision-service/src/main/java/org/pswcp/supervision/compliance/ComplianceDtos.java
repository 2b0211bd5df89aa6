package org.pswcp.supervision.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.supervision.agreement.AgreementType;
import org.pswcp.supervision.roster.WorkerRole;

public final class ComplianceDtos {

    private ComplianceDtos() {
    }

    @Schema(name = "Compliance",
            description = "How the organisation's supervision stands today, for HR: metadata only, never anything said in a session.")
    public record ComplianceView(
            @Schema(example = "R9A") String organisation,
            @Schema(description = "The day the report is for, in the trust's time zone.",
                    example = "2026-11-23") LocalDate asOf,
            @Schema(description = "Each agreement active today, the most overdue first.") List<SuperviseeCompliance> supervisees,
            @Schema(description = "Peer support workers on the roster today without an active ROLE_SPECIFIC agreement.") List<UnsupervisedWorker> withoutRoleSpecificSupervision,
            @Schema(description = "Teams where a peer support worker has no peer colleague: an isolation risk (the framework's supporting document, Table 3).") List<IsolatedTeam> isolatedTeams) {
    }

    @Schema(name = "SuperviseeCompliance",
            description = "One active agreement against its agreed frequency. Sessions are due one period after the last held session, or after the agreement's start.")
    public record SuperviseeCompliance(
            @Schema(example = "10000001") String superviseeWorkerId,
            @Schema(example = "Early Intervention in Psychosis, North") String team,
            UUID agreementId,
            @Schema(example = "10000010") String supervisorWorkerId,
            AgreementType type,
            @Schema(example = "P1M") String frequency,
            @Schema(description = "The last held session under this agreement; absent if none.",
                    example = "2026-10-02") LocalDate lastHeldOn,
            @Schema(example = "2026-11-02") LocalDate nextDueOn,
            boolean overdue,
            @Schema(description = "Days since nextDueOn; 0 while not overdue.", example = "21") long daysOverdue) {
    }

    @Schema(name = "UnsupervisedWorker")
    public record UnsupervisedWorker(@Schema(example = "10000002") String workerId, WorkerRole role,
            @Schema(example = "Community Mental Health, East") String team) {
    }

    @Schema(name = "IsolatedTeam")
    public record IsolatedTeam(@Schema(example = "Community Mental Health, East") String team,
            @Schema(description = "Peer support workers on the team today.", example = "1") int peerSupportWorkers,
            @Schema(example = "[\"10000002\"]") List<String> workerIds) {
    }
}
