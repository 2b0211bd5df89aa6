package org.pswcp.supervision.session;

import java.util.Set;

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
