package org.pswcp.supervision.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.pswcp.kit.observe.AfterCommit;
import org.pswcp.kit.outbox.Outbox;
import org.pswcp.kit.outbox.OutgoingEvent;
import org.pswcp.kit.time.Today;
import org.pswcp.supervision.Events;
import org.pswcp.supervision.agreement.Agreement;
import org.pswcp.supervision.agreement.AgreementRepository;
import org.pswcp.supervision.session.SessionRepository;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Announces agreements that have gone a whole period without a held session, once per missed period. Every replica runs
 * the check; a row per agreement and period, inserted in the same transaction as the event, decides which replica
 * announces it: the others' inserts conflict and do nothing. After downtime only the latest missed period is announced,
 * not every one since.
 * <p>
 * Each check also counts the agreements overdue at that moment ({@code pswcp_supervision_overdue_agreements}, all
 * organisations together) and the periods it announced ({@code pswcp_supervision_overdue_periods_announced_total}).
 */
@ApplicationScoped
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    private final AgreementRepository agreements;
    private final SessionRepository sessions;
    private final Outbox outbox;
    private final EntityManager em;
    private final Today today;
    private final AfterCommit afterCommit;
    private final AtomicLong overdueAgreements = new AtomicLong();
    private final Counter announcedPeriods;

    OverdueCheck(AgreementRepository agreements, SessionRepository sessions, Outbox outbox, EntityManager em,
            Today today, AfterCommit afterCommit, MeterRegistry registry) {
        this.agreements = agreements;
        this.sessions = sessions;
        this.outbox = outbox;
        this.em = em;
        this.today = today;
        this.afterCommit = afterCommit;
        Gauge.builder("pswcp.supervision.overdue.agreements", overdueAgreements, AtomicLong::get)
                .description("Active agreements gone a whole period without a held session, as of the last check")
                .register(registry);
        this.announcedPeriods = Counter.builder("pswcp.supervision.overdue.periods.announced")
                .description("Missed supervision periods announced as SupervisionOverdue").register(registry);
    }

    @Scheduled(identity = "supervision-overdue-check", every = "${supervision.overdue-check.every}",
            delayed = "${supervision.overdue-check.delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int announced = check(today.date());
        if (announced > 0) {
            LOG.infof("Announced %d overdue supervision period(s)", announced);
        }
    }

    /** Checks every organisation's active agreements as of {@code today}; says how many periods it announced. */
    @Transactional
    public int check(LocalDate today) {
        List<Agreement> active = agreements.activeInAnyOrganisation(today);
        Map<UUID, LocalDate> lastHeld = sessions.lastHeldOn(active.stream().map(Agreement::id).toList());
        int announced = 0;
        long overdue = 0;
        for (Agreement agreement : active) {
            SupervisionDue due = SupervisionDue.of(agreement.startDate(), lastHeld.get(agreement.id()),
                    Period.parse(agreement.frequency()), today);
            overdue += due.overdue() ? 1 : 0;
            if (due.overdue() && claim(agreement.id(), due.latestMissedDueOn())) {
                outbox.record(OutgoingEvent.of(Events.TOPIC, Events.SUPERVISION_OVERDUE,
                        agreement.superviseeWorkerId(), "agreements/" + agreement.id(),
                        new SupervisionOverdue(agreement.id(), agreement.superviseeWorkerId(),
                                agreement.supervisorWorkerId(), agreement.type(), agreement.frequency(),
                                due.lastHeldOn(), due.nextDueOn(), due.latestMissedDueOn(), due.missedPeriods(),
                                due.daysOverdue()))
                        .organisation(agreement.organisation())
                        .dataref("/v1/agreements/" + agreement.id()));
                announced++;
            }
        }
        long overdueNow = overdue;
        int announcedNow = announced;
        afterCommit.run(() -> {
            overdueAgreements.set(overdueNow);
            announcedPeriods.increment(announcedNow);
        });
        return announced;
    }

    /** Whether this transaction is the first to notice the period: a concurrent one waits, then inserts nothing. */
    private boolean claim(UUID agreementId, LocalDate dueOn) {
        return em.createNativeQuery("""
                insert into overdue_notice (agreement_id, due_on, noticed_at) values (:agreement, :due, :now)
                on conflict do nothing""")
                .setParameter("agreement", agreementId)
                .setParameter("due", dueOn)
                .setParameter("now", Instant.now())
                .executeUpdate() == 1;
    }
}
