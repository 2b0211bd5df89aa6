package org.pswcp.framework.subjectaccess;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pswcp.kit.audit.AuditResource.AuditEventView;
import org.pswcp.kit.audit.AuditTrail;
import org.pswcp.kit.audit.Audited;
import org.pswcp.kit.audit.AuditedResourceId;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

/**
 * A worker's subject access export, asked by the worker or by HR on their behalf, and audited either way: the same
 * operation as the other services', so that one recipe gathers all three parts, though this service holds nothing about
 * a person but its audit trail.
 */
@ApplicationScoped
public class SubjectAccessService {

    static final String SERVICE = "framework-service";

    private final AuditTrail audit;
    private final Caller caller;

    SubjectAccessService(AuditTrail audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    /**
     * Who may ask: the worker themself (their token's worker id), or their organisation's HR. This service has no
     * roster, so HR may ask for any worker id: the trail is the organisation's, and another trust's worker of the same
     * id is another person, whose entries are their trust's. Anyone else is answered as if there were no such worker.
     */
    @Transactional
    @Audited(action = "subject-access.export", resourceType = "worker")
    public SubjectAccessExport export(@AuditedResourceId String workerId) {
        String organisation = caller.organisation();
        if (!caller.isWorker(workerId) && !caller.hasRole(Roles.HR)) {
            throw new ResourceNotFoundException("worker", workerId);
        }
        List<AuditEventView> trail = audit.forSubjectAccess(caller, workerId, List.of(workerId));
        return new SubjectAccessExport(SERVICE, workerId, organisation, Instant.now(), trail);
    }
}
