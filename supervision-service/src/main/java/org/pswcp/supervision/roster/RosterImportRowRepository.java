package org.pswcp.supervision.roster;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;
import org.pswcp.kit.security.OrganisationScopedRepository;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RosterImportRowRepository extends OrganisationScopedRepository<RosterImportRow> {

    /** Rows are written in batches: a national provider's file is thousands of them. */
    private static final int BATCH = 250;

    @Override
    protected String resourceName() {
        return "roster import row";
    }

    /** Stages the rows in JDBC batches. */
    void stage(Collection<RosterImportRow> rows) {
        getEntityManager().unwrap(Session.class).setJdbcBatchSize(BATCH);
        persist(rows.stream());
    }

    /** An import's staged rows: the file's in its order, then the workers it would end by id. */
    List<RosterImportRow> of(String organisation, UUID importId) {
        return findInOrganisation(organisation, "importId = :importId", Map.of("importId", importId),
                Sort.ascending("line").and("workerId")).list();
    }

    /** Forgets an import's staged rows; how many there were. */
    long forget(UUID importId) {
        return delete("importId", importId);
    }

    /** Forgets every staged row about the worker in the organisation, when their records are destroyed. */
    long forgetWorker(String organisation, String workerId) {
        return delete("organisation = ?1 and workerId = ?2", organisation, workerId);
    }
}
