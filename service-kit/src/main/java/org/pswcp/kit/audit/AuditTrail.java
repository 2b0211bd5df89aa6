package org.pswcp.kit.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.kit.id.TimeOrderedIds;
import org.pswcp.kit.request.RequestIds;
import org.pswcp.kit.security.Caller;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Appends to the audit trail. Rows are only ever inserted: there is no update or delete path. */
@ApplicationScoped
public class AuditTrail implements PanacheRepositoryBase<AuditEvent, java.util.UUID> {

    private static final String ANONYMOUS = "anonymous";

    /**
     * Records an action by the current caller (or by the system, outside a request) in the current transaction, or in a
     * new one when none is active.
     */
    @Transactional
    public void record(String action, String resourceType, String resourceId, AuditOutcome outcome, String reason) {
        persist(event(currentCaller(), action, resourceType, resourceId, outcome, reason));
    }

    /**
     * Records the service's own work on an organisation's records (actor {@code system}), such as applying an event
     * another service sent: in the organisation, so that its auditors read it, unlike other work of the system.
     */
    @Transactional
    public void recordSystem(String organisation, String action, String resourceType, String resourceId,
            AuditOutcome outcome) {
        persist(new AuditEvent(TimeOrderedIds.next(), Instant.now(), organisation, "system", null, null, action,
                resourceType, resourceId, outcome, null, RequestIds.requestId(), RequestIds.correlationId()));
    }

    /**
     * The event of an action by {@code caller} (null: the system; anonymous: a request without an accepted token), with
     * the current request's ids, to {@link #append} later, for instance on another thread.
     */
    public static AuditEvent event(Caller caller, String action, String resourceType, String resourceId,
            AuditOutcome outcome, String reason) {
        boolean known = caller != null && !caller.isAnonymous();
        return new AuditEvent(TimeOrderedIds.next(), Instant.now(),
                known ? caller.organisationIfPresent().orElse(null) : null,
                known ? caller.subject() : caller == null ? "system" : ANONYMOUS,
                known ? caller.displayName() : null,
                known ? caller.clientId().orElse(null) : null,
                action, resourceType, resourceId, outcome, reason,
                RequestIds.requestId(), RequestIds.correlationId());
    }

    /** The event of a request whose token was not accepted: nobody known asked. */
    static AuditEvent unauthenticated(String action, String resourceId, String reason) {
        return new AuditEvent(TimeOrderedIds.next(), Instant.now(), null, ANONYMOUS, null, null, action, null,
                resourceId, AuditOutcome.DENIED, reason, RequestIds.requestId(), RequestIds.correlationId());
    }

    /** Appends an event made with {@link #event}, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(AuditEvent event) {
        persist(event);
    }

    /**
     * The organisation's events on any of these resources, or by this subject (null: by anyone), oldest first: what the
     * trail says about a person, for their subject access request.
     */
    public List<AuditEvent> about(String organisation, Collection<String> resourceIds, String actor) {
        return find("organisation = :organisation and (resourceId in :ids or actor = :actor)",
                Sort.ascending("occurredAt", "id"), Map.of("organisation", organisation, "ids", resourceIds, "actor",
                        actor == null ? "" : actor))
                .list();
    }

    /**
     * The trail's part of a worker's subject access export: the caller's organisation's entries on the worker's records
     * and, when the worker asks themself, their own actions.
     */
    public List<AuditResource.AuditEventView> forSubjectAccess(Caller caller, String workerId,
            Collection<String> resourceIds) {
        return about(caller.organisation(), resourceIds, caller.isWorker(workerId) ? caller.subject() : null).stream()
                .map(AuditResource.AuditEventView::of).toList();
    }

    private static Caller currentCaller() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(Caller.class).get();
    }
}
