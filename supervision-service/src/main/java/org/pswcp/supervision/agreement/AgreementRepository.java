package org.pswcp.supervision.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pswcp.kit.page.KeysetCursor;
import org.pswcp.kit.security.OrganisationScopedRepository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AgreementRepository extends OrganisationScopedRepository<Agreement> {

    /** Active on the day (parameter {@code day}): as {@link Agreement#isActiveOn}, in the query. */
    private static final String ACTIVE_ON = "startDate <= :day and (endDate is null or endDate >= :day)";

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
        Map<String, Object> parameters = new HashMap<>(Map.of("supervisee", superviseeWorkerId, "supervisor",
                supervisorWorkerId, "type", type, "start", start));
        String where = "superviseeWorkerId = :supervisee and supervisorWorkerId = :supervisor and type = :type"
                + " and (endDate is null or endDate >= :start)";
        if (end != null) {
            where += " and startDate <= :end";
            parameters.put("end", end);
        }
        return findVisible(where, parameters, Sort.empty()).count() > 0;
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

    /** Every agreement active on the day, in every organisation: for scheduled work, which has no caller. */
    public List<Agreement> activeInAnyOrganisation(LocalDate day) {
        return list(ACTIVE_ON, Sort.ascending("organisation", "id"), Parameters.with("day", day));
    }

    /** The organisation's agreements active on the day. */
    public List<Agreement> activeOn(LocalDate day) {
        return findVisible(ACTIVE_ON, Map.of("day", day),
                Sort.ascending("superviseeWorkerId", "type", "supervisorWorkerId")).list();
    }

    /** Up to {@code size} agreements the viewer sees, in order of creation, after the cursor's position. */
    public List<Agreement> page(AgreementViewer viewer, Filter filter, KeysetCursor after, int size) {
        if (viewer.seesNothing()) {
            return List.of();
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!viewer.wholeOrganisation()) {
            List<String> parties = new ArrayList<>();
            if (viewer.asSupervisor() != null) {
                parties.add("supervisorWorkerId = :asSupervisor");
                parameters.put("asSupervisor", viewer.asSupervisor());
            }
            if (viewer.asSupervisee() != null) {
                parties.add("superviseeWorkerId = :asSupervisee");
                parameters.put("asSupervisee", viewer.asSupervisee());
            }
            where.add("(" + String.join(" or ", parties) + ")");
        }
        if (filter.superviseeWorkerId() != null) {
            where.add("superviseeWorkerId = :supervisee");
            parameters.put("supervisee", filter.superviseeWorkerId());
        }
        if (filter.supervisorWorkerId() != null) {
            where.add("supervisorWorkerId = :supervisor");
            parameters.put("supervisor", filter.supervisorWorkerId());
        }
        if (filter.active() != null) {
            where.add(filter.active() ? ACTIVE_ON : "not (" + ACTIVE_ON + ")");
            parameters.put("day", filter.today());
        }
        if (after != null) {
            where.add("(createdAt > :at or (createdAt = :at and id > :id))");
            parameters.put("at", after.at());
            parameters.put("id", after.id());
        }
        return findVisible(String.join(" and ", where), parameters, Sort.ascending("createdAt", "id"))
                .page(0, size).list();
    }
}
