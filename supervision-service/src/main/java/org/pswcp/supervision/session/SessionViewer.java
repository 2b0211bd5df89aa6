package org.pswcp.supervision.session;

import java.util.Set;

import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;
import org.pswcp.supervision.agreement.SupervisionAccess;

/**
 * Whose sessions a caller sees within their organisation, and how much of them. HR sees every session's metadata, never
 * its observations, actions or confidential content. A supervisor sees the sessions they ran and those of the workers
 * they supervise today; a peer support worker the sessions they received. What is about one supervisee (observations of
 * their practice, actions they own) is shown only to them, the session's supervisor and their current supervisors; what
 * is confidential about them, only to them and the session's supervisor: in a group, never to the other supervisees.
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

    /**
     * The worker as the subject of their own records: every session they took part in shows what is about them and the
     * group's, never what is about another supervisee, even in the sessions they ran.
     */
    static SessionViewer subject(String workerId) {
        return new SessionViewer(false, workerId, false, true, Set.of());
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

    /** Its owner sees an action. One a supervisee owns is about them; one the supervisor owns is the group's. */
    boolean seesAction(Session session, SessionAction action) {
        return action.ownerWorkerId().equals(self) || session.supervisee(action.ownerWorkerId()).isPresent()
                ? seesAbout(session, action.ownerWorkerId())
                : seesActions(session);
    }

    /** Whether the caller sees what the session's record says about one supervisee, beyond their being there. */
    boolean seesAbout(Session session, String superviseeWorkerId) {
        return runs(session) || supervised.contains(superviseeWorkerId)
                || asSupervisee && superviseeWorkerId.equals(self);
    }

    boolean takesPart(Session session) {
        return runs(session) || asSupervisee && self != null && session.supervisee(self).isPresent();
    }

    /** The session's own supervisor. */
    boolean runs(Session session) {
        return asSupervisor && session.supervisorWorkerId().equals(self);
    }

    /** Whether the caller reads what is confidential about one supervisee: that supervisee and the supervisor only. */
    boolean readsAbout(Session session, String superviseeWorkerId) {
        return runs(session) || asSupervisee && superviseeWorkerId.equals(self)
                && session.supervisee(superviseeWorkerId).isPresent();
    }

    /** Whether the session's confidential content holds anything this caller reads. */
    boolean readsSomething(Session session) {
        return session.hasSharedNotes() && takesPart(session)
                || runs(session) && session.hasUnattributedContent()
                || session.supervisees().stream().anyMatch(s -> readsAbout(session, s.workerId()) && (s.hasContent()
                        || session.unattributedBelongsTo(s.workerId()) && session.hasUnattributedContent()))
                || session.observations().stream()
                        .anyMatch(o -> o.hasComment() && readsAbout(session, o.superviseeWorkerId()));
    }
}
