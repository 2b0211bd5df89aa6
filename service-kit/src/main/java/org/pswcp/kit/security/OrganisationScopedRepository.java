package org.pswcp.kit.security;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.pswcp.kit.problem.ResourceNotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * A repository whose every read is limited to one organisation: the caller's, or the one an event names. A record of
 * another organisation is simply not found, and answered as 404. The entity must map a column {@code organisation} and
 * an id {@code id}.
 *
 * @param <E> the entity
 */
public abstract class OrganisationScopedRepository<E> implements PanacheRepositoryBase<E, UUID> {

    @Inject
    Caller caller;

    /** How the resource is named in a not-found problem ("assessment", "worker"). */
    protected abstract String resourceName();

    /** The record, if it exists in the caller's organisation. */
    public Optional<E> findVisible(UUID id) {
        return findInOrganisation(caller.organisation(), id);
    }

    /** The record in the caller's organisation, or a not-found problem. */
    public E getVisible(UUID id) {
        return findVisible(id).orElseThrow(() -> new ResourceNotFoundException(resourceName(), id));
    }

    /** A query of the caller's organisation: {@code where} may use named parameters given in {@code parameters}. */
    public PanacheQuery<E> findVisible(String where, Map<String, Object> parameters, Sort sort) {
        return findInOrganisation(caller.organisation(), where, parameters, sort);
    }

    /** For work without a caller, such as an event consumer: the organisation comes from the event. */
    public Optional<E> findInOrganisation(String organisation, UUID id) {
        return find("id = :id and organisation = :organisation",
                Parameters.with("id", id).and("organisation", organisation)).firstResultOptional();
    }

    public PanacheQuery<E> findInOrganisation(String organisation, String where, Map<String, Object> parameters,
            Sort sort) {
        Parameters scoped = Parameters.with("organisation", organisation);
        parameters.forEach(scoped::and);
        String query = where == null || where.isBlank()
                ? "organisation = :organisation"
                : "organisation = :organisation and (" + where + ")";
        return find(query, sort, scoped);
    }
}
