package org.pswcp.supervision.agreement;

import org.pswcp.kit.security.Caller;
import org.pswcp.kit.security.Roles;

/**
 * Whose agreements a caller sees within their organisation: HR all of them; a supervisor those they give; a peer
 * support worker those they receive. Someone with both roles sees both kinds. The worker id comes from the token only.
 *
 * @param wholeOrganisation HR: every agreement of the organisation
 * @param asSupervisor the worker id whose agreements as supervisor are visible, or null
 * @param asSupervisee the worker id whose agreements as supervisee are visible, or null
 */
record AgreementViewer(boolean wholeOrganisation, String asSupervisor, String asSupervisee) {

    static AgreementViewer of(Caller caller) {
        if (caller.hasRole(Roles.HR)) {
            return new AgreementViewer(true, null, null);
        }
        String self = caller.workerId().orElse(null);
        return new AgreementViewer(false, caller.hasRole(Roles.SUPERVISOR) ? self : null,
                caller.hasRole(Roles.PSW) ? self : null);
    }

    boolean seesNothing() {
        return !wholeOrganisation && asSupervisor == null && asSupervisee == null;
    }

    boolean sees(Agreement agreement) {
        return wholeOrganisation
                || asSupervisor != null && asSupervisor.equals(agreement.supervisorWorkerId())
                || asSupervisee != null && asSupervisee.equals(agreement.superviseeWorkerId());
    }
}
