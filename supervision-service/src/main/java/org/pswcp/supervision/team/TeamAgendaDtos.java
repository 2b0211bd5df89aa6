package org.pswcp.supervision.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.supervision.agenda.AgendaItem;
import org.pswcp.supervision.agenda.AgendaItemKind;
import org.pswcp.supervision.agreement.AgreementType;

import com.fasterxml.jackson.annotation.JsonInclude;

public final class TeamAgendaDtos {

    private TeamAgendaDtos() {
    }

    @Schema(name = "TeamAgenda", description = "What a supervisor has to do for everyone they supervise today.")
    public record TeamAgenda(
            @Schema(description = "The supervisor: the caller.", example = "10000002") String supervisorWorkerId,
            @Schema(description = "Today in the organisation's calendar: what is due and overdue is measured from it.",
                    example = "2026-12-05") LocalDate today,
            @Schema(description = "One entry per worker supervised under an agreement active today, the most overdue"
                    + " supervision first.") List<SuperviseeAgenda> supervisees) {
    }

    @Schema(name = "SuperviseeAgenda", description = "One supervisee's open agenda, open actions and the supervision"
            + " due under the caller's agreements with them.")
    public record SuperviseeAgenda(
            @Schema(example = "10000001") String workerId,
            @Schema(description = "The earliest day a session is due under these agreements.",
                    example = "2026-12-12") LocalDate nextSessionDueOn,
            @Schema(description = "Whether a session is overdue under any of these agreements.") boolean overdue,
            @Schema(description = "The caller's agreements with this supervisee active today, and when each expects"
                    + " its next session.") List<AgreementDue> agreements,
            @Schema(description = "Open agenda items other than actions, oldest first: what"
                    + " GET /v1/workers/{workerId}/agenda shows.") List<TeamAgendaItem> items,
            @Schema(description = "Open actions agreed in sessions, soonest due first; an overdue one is past its due"
                    + " day.") List<TeamAgendaItem> actions,
            @Schema(description = "How many of the actions are overdue.", example = "1") int overdueActions) {
    }

    @Schema(name = "AgreementDue", description = "When an agreement expects its next session.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgreementDue(UUID agreementId, AgreementType type,
            @Schema(example = "P2W") String frequency,
            @Schema(description = "The last session held under it; absent before the first.",
                    example = "2026-11-28") LocalDate lastHeldOn,
            @Schema(example = "2026-12-12") LocalDate nextDueOn,
            boolean overdue,
            @Schema(description = "Days since nextDueOn; zero while it is not past.", example = "0") long daysOverdue) {
    }

    @Schema(name = "TeamAgendaItem", description = "An open item of a supervisee's agenda.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TeamAgendaItem(UUID id, AgendaItemKind kind,
            @Schema(description = "The API resource the item is about.",
                    example = "/v1/sessions/0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e6f/actions/0193d2a0-4b7c-7d1e-8f00-1a2b3c4d5e70") String resource,
            @Schema(description = "For an action, the day it is due.", example = "2026-12-04") LocalDate dueOn,
            @Schema(description = "For an action, whether its due day has passed.") Boolean overdue,
            Instant openedAt) {

        static TeamAgendaItem of(AgendaItem item, LocalDate today) {
            boolean action = item.kind() == AgendaItemKind.ACTION_DUE;
            return new TeamAgendaItem(item.id(), item.kind(), item.resourceRef(), item.dueOn(),
                    action ? item.dueOn() != null && item.dueOn().isBefore(today) : null, item.openedAt());
        }
    }
}
