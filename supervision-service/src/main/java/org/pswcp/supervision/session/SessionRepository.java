package org.pswcp.supervision.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pswcp.kit.page.KeysetCursor;
import org.pswcp.kit.security.OrganisationScopedRepository;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SessionRepository extends OrganisationScopedRepository<Session> {

    /** What a list asks for; null fields do not filter. */
    record Filter(String superviseeWorkerId, String supervisorWorkerId, LocalDate from, LocalDate to) {
    }

    @Override
    protected String resourceName() {
        return "supervision session";
    }

    /** The session, locked until the transaction ends, so that confirmations and actions change it in turn. */
    Optional<Session> findVisibleForUpdate(UUID id) {
        return findVisible("id = :id", Map.of("id", id), Sort.empty()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Up to {@code size} sessions the viewer sees, newest first, after the cursor's position. */
    List<Session> page(SessionViewer viewer, Filter filter, KeysetCursor after, int size) {
        if (viewer.seesNothing()) {
            return List.of();
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!viewer.wholeOrganisation()) {
            List<String> seen = new ArrayList<>();
            if (viewer.asSupervisor()) {
                seen.add("supervisorWorkerId = :self");
            }
            if (viewer.asSupervisee()) {
                seen.add("id in (select s.session.id from SessionSupervisee s where s.workerId = :self)");
            }
            if (!viewer.supervised().isEmpty()) {
                seen.add("id in (select s.session.id from SessionSupervisee s where s.workerId in :supervised)");
                parameters.put("supervised", viewer.supervised());
            }
            if (seen.isEmpty()) {
                return List.of();
            }
            parameters.put("self", viewer.self());
            where.add("(" + String.join(" or ", seen) + ")");
        }
        if (filter.superviseeWorkerId() != null) {
            where.add("id in (select s.session.id from SessionSupervisee s where s.workerId = :supervisee)");
            parameters.put("supervisee", filter.superviseeWorkerId());
        }
        if (filter.supervisorWorkerId() != null) {
            where.add("supervisorWorkerId = :supervisor");
            parameters.put("supervisor", filter.supervisorWorkerId());
        }
        if (filter.from() != null) {
            where.add("heldOn >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("heldOn <= :to");
            parameters.put("to", filter.to());
        }
        if (after != null) {
            where.add("(startsAt < :at or (startsAt = :at and id < :id))");
            parameters.put("at", after.at());
            parameters.put("id", after.id());
        }
        return findVisible(String.join(" and ", where), parameters, Sort.descending("startsAt", "id"))
                .page(0, size).list();
    }

    /** The day of the last held session under each of these agreements, by agreement. */
    public Map<UUID, LocalDate> lastHeldOn(List<UUID> agreementIds) {
        Map<UUID, LocalDate> last = new HashMap<>();
        if (agreementIds.isEmpty()) {
            return last;
        }
        getEntityManager().createQuery("""
                select s.agreementId, max(s.session.heldOn) from SessionSupervisee s
                where s.agreementId in :agreements and s.session.status = :held group by s.agreementId""",
                Object[].class)
                .setParameter("agreements", agreementIds)
                .setParameter("held", SessionStatus.HELD)
                .getResultList()
                .forEach(row -> last.put((UUID) row[0], (LocalDate) row[1]));
        return last;
    }
}
