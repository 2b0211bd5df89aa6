package org.pswcp.assessment.learning;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.assessment.workforce.Workforce;
import org.pswcp.kit.problem.ResourceNotFoundException;
import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

/**
 * Who may read a worker's learning records, inside the caller's organisation: the worker; a supervisor of theirs under
 * an agreement active today; HR (a completion is not confidential); and a learning system, only the records it made.
 * Another organisation's records are never found. Only the learning system that made a record corrects or withdraws it.
 */
@ApplicationScoped
class LearningAccess {

    private final Caller caller;
    private final Workforce workforce;

    LearningAccess(Caller caller, Workforce workforce) {
        this.caller = caller;
        this.workforce = workforce;
    }

    /**
     * The worker's records that the caller may read, of all the organisation holds about them; not found when the
     * caller may read none of the worker's: not their own, a supervisee's, or (HR, a learning system) a worker the
     * organisation knows, on its roster or with records.
     */
    List<LearningRecord> readable(String workerId, List<LearningRecord> records) {
        String organisation = caller.organisation();
        String me = caller.workerId().orElse(null);
        boolean self = caller.hasRole(Roles.PSW) && workerId.equals(me);
        boolean supervisor = me != null && caller.hasRole(Roles.SUPERVISOR)
                && workforce.supervises(organisation, me, workerId);
        boolean known = !records.isEmpty() || workforce.worker(organisation, workerId).isPresent();
        if (self || supervisor || (caller.hasRole(Roles.HR) && known)) {
            return records;
        }
        if (caller.hasRole(Roles.LEARNING_SYSTEM) && known) {
            return records.stream().filter(this::isOwn).toList();
        }
        throw new ResourceNotFoundException("learning records of worker", workerId);
    }

    /** Whether the caller is the learning system that made the record, in its organisation. */
    boolean isOwn(LearningRecord record) {
        return caller.hasRole(Roles.LEARNING_SYSTEM)
                && record.isRecordedBy(caller.organisation(), caller.clientId().orElse(null));
    }
}
