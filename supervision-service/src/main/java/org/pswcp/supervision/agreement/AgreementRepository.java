package org.pswcp.supervision.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pswcp.kit.page.Keyset;
import org.pswcp.kit.page.KeysetCursor;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.page.Where;
import org.pswcp.kit.security.OrganisationScopedRepository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AgreementRepository extends OrganisationScopedRepository<Agreement> {

    /** Active on the day (parameter {@code day}): as {@link Agreement#isActiveOn}, in the query. */
    private static final String ACTIVE_ON = "startDate <= :day and (endDate is null or endDate >= :day)";
    /** For a viewer who sees no agreement: no row passes, yet the cursor is still checked. */
    private static final String NOTHING = "1 = 0";
    private static final Keyset IN_ORDER_OF_CREATION = Keyset.oldestFirst("createdAt");

    /**
     * What a list asks for; null fields do not filter.
     *
     * @param active true for agreements active on {@code today}, false for the others
     */
    public record Filter(String superviseeWorkerId, String supervisorWorkerId, Boolean active, LocalDate today) {
    }

    @Override
    protected String resourceName() {
        return "supervision agreement";
    }

    /** The agreement, locked until the transaction ends, so that of two concurrent ends only one succeeds. */
    public Optional<Agreement> findVisibleForUpdate(UUID id) {
        return findVisible("id = :id", Map.of("id", id), Sort.empty()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Whether the pair has an agreement of this type that is active on any day from {@code start} to {@code end}. */
    public boolean overlapping(String superviseeWorkerId, String supervisorWorkerId, AgreementType type,
            LocalDate start, LocalDate end) {
        Where where = Where.of("superviseeWorkerId = :supervisee and supervisorWorkerId = :supervisor"
                + " and type = :type and (endDate is null or endDate >= :start)",
                Map.of("supervisee", superviseeWorkerId, "supervisor", supervisorWorkerId, "type", type, "start",
                        start))
                .and("startDate <= :end", "end", end);
        return findVisible(where.query(), where.parameters(), Sort.empty()).count() > 0;
    }

    /**
     * The pair's agreements active on the day, oldest first: the supervisor gives the supervisee supervision. Ask
     * {@link SupervisionAccess}, which says who supervises whom.
     */
    List<Agreement> activeBetween(String superviseeWorkerId, String supervisorWorkerId, LocalDate day) {
        return findVisible("superviseeWorkerId = :supervisee and supervisorWorkerId = :supervisor and " + ACTIVE_ON,
                Map.of("supervisee", superviseeWorkerId, "supervisor", supervisorWorkerId, "day", day),
                Sort.ascending("createdAt", "id")).list();
    }

    /** Whom the worker supervises under an agreement active on the day. */
    Set<String> superviseesOf(String supervisorWorkerId, LocalDate day) {
        return findVisible("supervisorWorkerId = :supervisor and " + ACTIVE_ON,
                Map.of("supervisor", supervisorWorkerId, "day", day), Sort.empty())
                .stream().map(Agreement::superviseeWorkerId).collect(Collectors.toSet());
    }

    /** The agreements under which the worker supervises anyone on the day, by supervisee then age. */
    List<Agreement> supervisingOn(String supervisorWorkerId, LocalDate day) {
        return findVisible("supervisorWorkerId = :supervisor and " + ACTIVE_ON,
                Map.of("supervisor", supervisorWorkerId, "day", day),
                Sort.ascending("superviseeWorkerId", "createdAt", "id")).list();
    }

    /** The organisation's agreements in which the worker supervises or is supervised, oldest first. */
    List<Agreement> ofWorker(String workerId) {
        return findVisible("superviseeWorkerId = :worker or supervisorWorkerId = :worker", Map.of("worker", workerId),
                Sort.ascending("id")).list();
    }

    /** Every agreement active on the day, in every organisation: for scheduled work, which has no caller. */
    public List<Agreement> activeInAnyOrganisation(LocalDate day) {
        return list(ACTIVE_ON, Sort.ascending("organisation", "id"), Parameters.with("day", day));
    }

    /** The organisation's agreements active on the day. */
    public List<Agreement> activeOn(LocalDate day) {
        return findVisible(ACTIVE_ON, Map.of("day", day),
                Sort.ascending("superviseeWorkerId", "type", "supervisorWorkerId")).list();
    }

    /**
     * A page of the agreements the viewer sees that pass the filter, in order of creation, each as {@code view} shows
     * it.
     */
    <V> Page<V> page(AgreementViewer viewer, Filter filter, String cursor, int limit, Function<Agreement, V> view) {
        Where where = visibleTo(viewer)
                .equal("superviseeWorkerId", filter.superviseeWorkerId())
                .equal("supervisorWorkerId", filter.supervisorWorkerId());
        if (filter.active() != null) {
            where.and(filter.active() ? ACTIVE_ON : "not (" + ACTIVE_ON + ")", Map.of("day", filter.today()));
        }
        return IN_ORDER_OF_CREATION.page(where, cursor, limit,
                (w, sort) -> findVisible(w.query(), w.parameters(), sort),
                a -> new KeysetCursor(a.createdAt(), a.id()), view);
    }

    /** The agreements the viewer sees, as {@link AgreementViewer#sees} says, in the query. */
    private static Where visibleTo(AgreementViewer viewer) {
        if (viewer.wholeOrganisation()) {
            return Where.all();
        }
        if (viewer.seesNothing()) {
            return Where.of(NOTHING, Map.of());
        }
        List<String> parties = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (viewer.asSupervisor() != null) {
            parties.add("supervisorWorkerId = :asSupervisor");
            parameters.put("asSupervisor", viewer.asSupervisor());
        }
        if (viewer.asSupervisee() != null) {
            parties.add("superviseeWorkerId = :asSupervisee");
            parameters.put("asSupervisee", viewer.asSupervisee());
        }
        return Where.of("(" + String.join(" or ", parties) + ")", parameters);
    }
}
