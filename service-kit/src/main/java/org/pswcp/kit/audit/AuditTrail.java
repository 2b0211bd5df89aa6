package org.pswcp.kit.audit;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.kit.id.TimeOrderedIds;
import org.pswcp.kit.request.RequestIds;
import org.pswcp.kit.security.Caller;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Appends to the audit trail. Rows are only ever inserted: there is no update or delete path. */
@ApplicationScoped
public class AuditTrail implements PanacheRepositoryBase<AuditEvent, java.util.UUID> {

    /**
     * Records an action by the current caller (or by the system, outside a request) in the current transaction, or in a
     * new one when none is active.
     */
    @Transactional
    public void record(String action, String resourceType, String resourceId, AuditOutcome outcome, String reason) {
        Caller caller = currentCaller();
        boolean known = caller != null && !caller.isAnonymous();
        persist(new AuditEvent(TimeOrderedIds.next(), Instant.now(),
                known ? caller.organisationIfPresent().orElse(null) : null,
                known ? caller.subject() : caller == null ? "system" : "anonymous",
                known ? caller.displayName() : null,
                known ? caller.clientId().orElse(null) : null,
                action, resourceType, resourceId, outcome, reason,
                RequestIds.requestId(), RequestIds.correlationId()));
    }

    private static Caller currentCaller() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(Caller.class).get();
    }
}
