package org.pswcp.supervision.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pswcp.kit.page.Keyset;
import org.pswcp.kit.page.KeysetCursor;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.page.Where;
import org.pswcp.kit.security.OrganisationScopedRepository;
import org.pswcp.kit.time.SqlTimes;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SessionRepository extends OrganisationScopedRepository<Session> {

    /** For a viewer who sees no session: no row passes, yet the cursor is still checked. */
    private static final String NOTHING = "1 = 0";
    private static final Keyset NEWEST_FIRST = Keyset.newestFirst("startsAt");

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

    /**
     * A page of the sessions the viewer sees that pass the filter, newest first, each as {@code view} shows it.
     */
    <V> Page<V> page(SessionViewer viewer, Filter filter, String cursor, int limit, Function<Session, V> view) {
        Where where = visibleTo(viewer)
                .and("id in (select s.session.id from SessionSupervisee s where s.workerId = :supervisee)",
                        "supervisee", filter.superviseeWorkerId())
                .equal("supervisorWorkerId", filter.supervisorWorkerId())
                .and("heldOn >= :from", "from", filter.from())
                .and("heldOn <= :to", "to", filter.to());
        return NEWEST_FIRST.page(where, cursor, limit, (w, sort) -> findVisible(w.query(), w.parameters(), sort),
                s -> new KeysetCursor(s.startsAt(), s.id()), view);
    }

    /** The sessions the viewer sees, as {@link SessionViewer#sees} says, in the query. */
    private static Where visibleTo(SessionViewer viewer) {
        if (viewer.wholeOrganisation()) {
            return Where.all();
        }
        if (viewer.seesNothing()) {
            return Where.of(NOTHING, Map.of());
        }
        List<String> seen = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (viewer.asSupervisor()) {
            seen.add("supervisorWorkerId = :self");
        }
        if (viewer.asSupervisee()) {
            seen.add("id in (select s.session.id from SessionSupervisee s where s.workerId = :self)");
        }
        if (!seen.isEmpty()) {
            parameters.put("self", viewer.self());
        }
        if (!viewer.supervised().isEmpty()) {
            seen.add("id in (select s.session.id from SessionSupervisee s where s.workerId in :supervised)");
            parameters.put("supervised", viewer.supervised());
        }
        return Where.of(seen.isEmpty() ? NOTHING : "(" + String.join(" or ", seen) + ")", parameters);
    }

    /** The sessions the worker ran or received, oldest first. */
    List<Session> tookPart(String workerId) {
        return findVisible("supervisorWorkerId = :worker"
                + " or id in (select s.session.id from SessionSupervisee s where s.workerId = :worker)",
                Map.of("worker", workerId), Sort.ascending("startsAt", "id")).list();
    }

    /** The sessions of the organisation the worker received, each with how many supervisees it has. */
    Map<UUID, Long> receivedWithSupervisees(String organisation, String workerId) {
        Map<UUID, Long> received = new HashMap<>();
        getEntityManager().createQuery("""
                select s.session.id, (select count(*) from SessionSupervisee x where x.session = s.session)
                from SessionSupervisee s where s.workerId = :worker and s.session.organisation = :organisation""",
                Object[].class)
                .setParameter("worker", workerId)
                .setParameter("organisation", organisation)
                .getResultList()
                .forEach(row -> received.put((UUID) row[0], (Long) row[1]));
        return received;
    }

    /**
     * Deletes what these sessions hold about the worker: their place as a supervisee, observations of their practice,
     * actions they own; and the whole of {@code whole}, the sessions they alone received.
     */
    void forget(String workerId, Collection<UUID> sessions, Collection<UUID> whole) {
        var em = getEntityManager();
        em.createQuery("delete from DirectObservation where session.id in :sessions and superviseeWorkerId = :worker")
                .setParameter("sessions", sessions).setParameter("worker", workerId).executeUpdate();
        em.createQuery("delete from SessionAction where session.id in :sessions and ownerWorkerId = :worker")
                .setParameter("sessions", sessions).setParameter("worker", workerId).executeUpdate();
        em.createQuery("delete from SessionSupervisee where session.id in :sessions and workerId = :worker")
                .setParameter("sessions", sessions).setParameter("worker", workerId).executeUpdate();
        if (!whole.isEmpty()) {
            em.createQuery("delete from DirectObservation where session.id in :whole").setParameter("whole", whole)
                    .executeUpdate();
            em.createQuery("delete from SessionAction where session.id in :whole").setParameter("whole", whole)
                    .executeUpdate();
            em.createQuery("delete from Session where id in :whole").setParameter("whole", whole).executeUpdate();
        }
    }

    /**
     * The day of the last held session under each of these agreements, by agreement. One array parameter and the status
     * written in, so that every plan PostgreSQL may cache for the statement looks up these agreements' own held
     * sessions (session_supervisee_by_agreement, then the partial index supervision_session_held): with the ids as a
     * list of parameters (a 500-worker trust has ~950 active agreements) and the status as one, each execution spent
     * 5-17 ms planning, and the generic plan PostgreSQL switches to after five executions of a prepared statement could
     * not use the partial index and scanned every session of every organisation (bench P9: 140-180 ms with the nation's
     * 203,000 sessions against 9 ms). Its cost now grows with the agreements' sessions, not the nation's.
     */
    public Map<UUID, LocalDate> lastHeldOn(List<UUID> agreementIds) {
        Map<UUID, LocalDate> last = new HashMap<>();
        if (agreementIds.isEmpty()) {
            return last;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select ss.agreement_id, max(s.held_on) from session_supervisee ss
                join supervision_session s on s.id = ss.session_id
                where ss.agreement_id = any(:agreements) and s.status = 'HELD'
                group by ss.agreement_id""")
                .setParameter("agreements", agreementIds.toArray(UUID[]::new))
                .getResultList();
        rows.forEach(row -> last.put((UUID) row[0], SqlTimes.day(row[1])));
        return last;
    }
}
