package org.pswcp.supervision.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pswcp.kit.page.Keyset;
import org.pswcp.kit.page.KeysetCursor;
import org.pswcp.kit.page.Page;
import org.pswcp.kit.page.Where;
import org.pswcp.kit.security.OrganisationScopedRepository;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class WorkerRepository extends OrganisationScopedRepository<Worker> {

    private static final Keyset OLDEST_CHANGE_FIRST = Keyset.oldestFirst("updatedAt");

    @Override
    protected String resourceName() {
        return "worker";
    }

    public Optional<Worker> findVisibleByWorkerId(String workerId) {
        return findVisible("workerId = :workerId", Map.of("workerId", workerId), Sort.empty()).firstResultOptional();
    }

    /**
     * The worker, locked until the transaction ends: changes that depend on what is already recorded for the worker
     * (such as a new supervision agreement) then happen one after the other.
     */
    public Optional<Worker> findVisibleByWorkerIdForUpdate(String workerId) {
        return findVisible("workerId = :workerId", Map.of("workerId", workerId), Sort.empty())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * A page of the workers whose last day in post is on or before {@code lastDay}, in the order HR last changed their
     * records (oldest first), each as {@code view} shows it.
     */
    public <V> Page<V> endedOnOrBefore(LocalDate lastDay, String cursor, int limit, Function<Worker, V> view) {
        Where where = Where.of("endDate is not null and endDate <= :lastDay", Map.of("lastDay", lastDay));
        return OLDEST_CHANGE_FIRST.page(where, cursor, limit,
                (w, sort) -> findVisible(w.query(), w.parameters(), sort),
                w -> new KeysetCursor(w.updatedAt(), w.id), view);
    }

    /** Every worker of the organisation, for work without a caller (a background import). */
    List<Worker> allIn(String organisation) {
        return findInOrganisation(organisation, null, Map.of(), Sort.empty()).list();
    }

    public List<Worker> listVisible() {
        return findVisible(null, Map.of(), Sort.ascending("team", "workerId")).list();
    }
}
