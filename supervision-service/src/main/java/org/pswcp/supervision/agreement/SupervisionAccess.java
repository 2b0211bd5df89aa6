package org.pswcp.supervision.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;
import org.pswcp.kit.time.Today;

/**
 * Who supervises whom: the one place that says whether the caller is a current supervisor of a worker. A supervisor is
 * someone with the supervisor role whose token names their worker id and who has an agreement with the worker that is
 * active today, in the organisation's calendar ({@link Today}). Agendas, sessions and their actions all ask here, so
 * that an agreement HR ends stops every kind of access on the same day.
 */
@ApplicationScoped
public class SupervisionAccess {

    private final AgreementRepository agreements;
    private final Caller caller;
    private final Today today;

    SupervisionAccess(AgreementRepository agreements, Caller caller, Today today) {
        this.agreements = agreements;
        this.caller = caller;
        this.today = today;
    }

    /** Whether the caller is a current supervisor of the worker. */
    public boolean supervisesToday(String workerId) {
        return supervisor().map(self -> !agreementsOn(self, workerId, today.date()).isEmpty()).orElse(false);
    }

    /** The workers the caller is a current supervisor of; none for a caller who is not a supervisor. */
    public Set<String> superviseesToday() {
        return supervisor().map(self -> agreements.superviseesOf(self, today.date())).orElse(Set.of());
    }

    /**
     * The agreements active today under which the caller supervises, in one query; none for a caller who is not a
     * supervisor. What a team view may show is what these agreements let the caller read of each supervisee.
     */
    public List<Agreement> supervisingToday() {
        return supervisor().map(self -> agreements.supervisingOn(self, today.date())).orElse(List.of());
    }

    /**
     * The agreements under which the supervisor supervises the worker on the day, oldest first: empty when they have
     * none active that day. A session is recorded under one of those active on the day it was held.
     */
    public List<Agreement> agreementsOn(String supervisorWorkerId, String superviseeWorkerId, LocalDate day) {
        return agreements.activeBetween(superviseeWorkerId, supervisorWorkerId, day);
    }

    /** The caller's worker id, if they act as a supervisor. */
    private Optional<String> supervisor() {
        return caller.hasRole(Roles.SUPERVISOR) ? caller.workerId() : Optional.empty();
    }
}
