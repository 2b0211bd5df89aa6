package org.pswcp.supervision.session;

import java.util.Set;

import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.agreement.SupervisionAccess;

/**
 * Whose sessions a caller sees within their organisation, and how much of them. HR sees every session's metadata, never
 * its actions or confidential content. A supervisor sees the sessions they ran and those of the workers they supervise
 * today; a peer support worker the sessions they received. Only participants read confidential content.
 *
 * @param wholeOrganisation HR
 * @param self the caller's worker id, or null
 * @param asSupervisor whether the caller may see sessions as a supervisor
 * @param asSupervisee whether the caller may see sessions as a supervisee
 * @param supervised the workers the caller supervises under an agreement active today
 */
record SessionViewer(boolean wholeOrganisation, String self, boolean asSupervisor, boolean asSupervisee,
        Set<String> supervised) {

    static SessionViewer of(Caller caller, SupervisionAccess supervision) {
        if (caller.hasRole(Roles.HR)) {
            return new SessionViewer(true, null, false, false, Set.of());
        }
        String self = caller.workerId().orElse(null);
        boolean supervisor = caller.hasRole(Roles.SUPERVISOR);
        boolean psw = caller.hasRole(Roles.PSW);
        return new SessionViewer(false, supervisor || psw ? self : null, supervisor, psw,
                supervision.superviseesToday());
    }

    boolean seesNothing() {
        return !wholeOrganisation && self == null;
    }

    boolean sees(Session session) {
        return wholeOrganisation || seesActions(session);
    }

    /** Participants, and supervisors of a supervisee, see what was agreed; HR sees only how many actions are open. */
    boolean seesActions(Session session) {
        return takesPart(session) || session.supervisees().stream().anyMatch(s -> supervised.contains(s.workerId()));
    }

    boolean takesPart(Session session) {
        return self != null && (asSupervisor && session.supervisorWorkerId().equals(self)
                || asSupervisee && session.supervisee(self).isPresent());
    }
}
