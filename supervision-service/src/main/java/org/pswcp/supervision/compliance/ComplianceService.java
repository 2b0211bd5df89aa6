package org.pswcp.supervision.compliance;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.kit.security.Caller;
import org.pswcp.kit.time.Today;
import org.pswcp.supervision.agreement.Agreement;
import org.pswcp.supervision.agreement.AgreementRepository;
import org.pswcp.supervision.agreement.AgreementType;
import org.pswcp.supervision.compliance.ComplianceDtos.ComplianceView;
import org.pswcp.supervision.compliance.ComplianceDtos.IsolatedTeam;
import org.pswcp.supervision.compliance.ComplianceDtos.SuperviseeCompliance;
import org.pswcp.supervision.compliance.ComplianceDtos.UnsupervisedWorker;
import org.pswcp.supervision.roster.Worker;
import org.pswcp.supervision.roster.WorkerRepository;
import org.pswcp.supervision.session.SessionRepository;

/**
 * Supervision compliance for HR, as of today in the trust's time zone: how each active agreement stands against its
 * agreed frequency, who among the peer support workers has no role-specific supervision, and which teams have a peer
 * support worker working without a peer colleague ({@code 002} Table 3). Metadata only.
 */
@ApplicationScoped
public class ComplianceService {

    private final AgreementRepository agreements;
    private final SessionRepository sessions;
    private final WorkerRepository workers;
    private final Caller caller;
    private final Today calendar;

    ComplianceService(AgreementRepository agreements, SessionRepository sessions, WorkerRepository workers,
            Caller caller, Today today) {
        this.agreements = agreements;
        this.sessions = sessions;
        this.workers = workers;
        this.caller = caller;
        this.calendar = today;
    }

    @Transactional
    public ComplianceView report(boolean overdueOnly) {
        LocalDate today = calendar.date();
        List<Agreement> active = agreements.activeOn(today);
        Map<UUID, LocalDate> lastHeld = sessions.lastHeldOn(active.stream().map(Agreement::id).toList());
        List<Worker> onRoster = workers.listVisible().stream().filter(w -> w.isActiveOn(today)).toList();
        Map<String, Worker> byId = onRoster.stream().collect(Collectors.toMap(Worker::workerId, Function.identity()));

        List<SuperviseeCompliance> supervisees = active.stream()
                .map(a -> {
                    SupervisionDue due = SupervisionDue.of(a.startDate(), lastHeld.get(a.id()),
                            Period.parse(a.frequency()), today);
                    Worker worker = byId.get(a.superviseeWorkerId());
                    return new SuperviseeCompliance(a.superviseeWorkerId(), worker == null ? null : worker.team(),
                            a.id(), a.supervisorWorkerId(), a.type(), a.frequency(), due.lastHeldOn(), due.nextDueOn(),
                            due.overdue(), due.daysOverdue());
                })
                .filter(row -> !overdueOnly || row.overdue())
                .sorted(Comparator.comparingLong(SuperviseeCompliance::daysOverdue).reversed()
                        .thenComparing(SuperviseeCompliance::superviseeWorkerId))
                .toList();

        Set<String> withRoleSpecific = active.stream().filter(a -> a.type() == AgreementType.ROLE_SPECIFIC)
                .map(Agreement::superviseeWorkerId).collect(Collectors.toSet());
        List<Worker> peers = onRoster.stream().filter(w -> w.role().isPeerSupport()).toList();
        List<UnsupervisedWorker> unsupervised = peers.stream()
                .filter(w -> !withRoleSpecific.contains(w.workerId()))
                .map(w -> new UnsupervisedWorker(w.workerId(), w.role(), w.team()))
                .toList();

        Map<String, List<String>> peersByTeam = new TreeMap<>();
        peers.forEach(w -> peersByTeam.computeIfAbsent(w.team(), t -> new ArrayList<>()).add(w.workerId()));
        List<IsolatedTeam> isolated = peersByTeam.entrySet().stream()
                .filter(team -> team.getValue().size() < 2)
                .map(team -> new IsolatedTeam(team.getKey(), team.getValue().size(), team.getValue()))
                .toList();
        return new ComplianceView(caller.organisation(), today, supervisees, unsupervised, isolated);
    }
}
