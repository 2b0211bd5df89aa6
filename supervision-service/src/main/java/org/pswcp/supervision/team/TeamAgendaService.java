package org.pswcp.supervision.team;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.kit.security.Caller;
import org.pswcp.kit.time.Today;
import org.pswcp.supervision.agenda.Agenda;
import org.pswcp.supervision.agenda.AgendaItem;
import org.pswcp.supervision.agenda.AgendaItemKind;
import org.pswcp.supervision.agreement.Agreement;
import org.pswcp.supervision.agreement.SupervisionAccess;
import org.pswcp.supervision.compliance.SupervisionDue;
import org.pswcp.supervision.session.SessionRepository;
import org.pswcp.supervision.team.TeamAgendaDtos.AgreementDue;
import org.pswcp.supervision.team.TeamAgendaDtos.SuperviseeAgenda;
import org.pswcp.supervision.team.TeamAgendaDtos.TeamAgenda;
import org.pswcp.supervision.team.TeamAgendaDtos.TeamAgendaItem;

/**
 * A supervisor's team view: for each worker they supervise today, the open agenda, open actions and when supervision is
 * next due. Three set-based queries whatever the size of the team (the caller's active agreements, the last held
 * session of each, the supervisees' open items), and nothing a supervisor does not already read worker by worker.
 */
@ApplicationScoped
public class TeamAgendaService {

    private static final Comparator<TeamAgendaItem> SOONEST_DUE = Comparator
            .comparing(TeamAgendaItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TeamAgendaItem::openedAt);

    private final SupervisionAccess supervision;
    private final SessionRepository sessions;
    private final Agenda agenda;
    private final Caller caller;
    private final Today calendar;

    TeamAgendaService(SupervisionAccess supervision, SessionRepository sessions, Agenda agenda, Caller caller,
            Today calendar) {
        this.supervision = supervision;
        this.sessions = sessions;
        this.agenda = agenda;
        this.caller = caller;
        this.calendar = calendar;
    }

    /** The caller's team view today; empty for a supervisor who supervises no one today. */
    @Transactional
    public TeamAgenda forCaller() {
        LocalDate today = calendar.date();
        List<Agreement> agreements = supervision.supervisingToday();
        Map<UUID, LocalDate> lastHeld = sessions.lastHeldOn(agreements.stream().map(Agreement::id).toList());
        Map<String, List<Agreement>> bySupervisee = agreements.stream()
                .collect(Collectors.groupingBy(Agreement::superviseeWorkerId, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<AgendaItem>> open = agenda.openItemsOf(bySupervisee.keySet()).stream()
                .collect(Collectors.groupingBy(AgendaItem::workerId));

        List<SuperviseeAgenda> supervisees = new ArrayList<>();
        bySupervisee.forEach((workerId, theirs) -> {
            List<AgreementDue> due = theirs.stream().map(a -> due(a, lastHeld.get(a.id()), today)).toList();
            List<TeamAgendaItem> items = new ArrayList<>();
            List<TeamAgendaItem> actions = new ArrayList<>();
            for (AgendaItem item : open.getOrDefault(workerId, List.of())) {
                (item.kind() == AgendaItemKind.ACTION_DUE ? actions : items).add(TeamAgendaItem.of(item, today));
            }
            actions.sort(SOONEST_DUE);
            supervisees.add(new SuperviseeAgenda(workerId,
                    due.stream().map(AgreementDue::nextDueOn).min(Comparator.naturalOrder()).orElse(null),
                    due.stream().anyMatch(AgreementDue::overdue), due, items, actions,
                    (int) actions.stream().filter(TeamAgendaItem::overdue).count()));
        });
        supervisees.sort(Comparator.comparing(SuperviseeAgenda::nextSessionDueOn)
                .thenComparing(SuperviseeAgenda::workerId));
        return new TeamAgenda(caller.workerId().orElse(null), today, supervisees);
    }

    private static AgreementDue due(Agreement agreement, LocalDate lastHeldOn, LocalDate today) {
        SupervisionDue due = SupervisionDue.of(agreement.startDate(), lastHeldOn, Period.parse(agreement.frequency()),
                today);
        return new AgreementDue(agreement.id(), agreement.type(), agreement.frequency(), due.lastHeldOn(),
                due.nextDueOn(), due.overdue(), due.daysOverdue());
    }
}
