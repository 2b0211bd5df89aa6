package org.pswcp.kit.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    /** Done. */
    SUCCEEDED,
    /** Refused because of who asked: a role, an ownership or an organisation rule. */
    DENIED,
    /** Refused because of what was asked: invalid input, a conflict, nothing there. */
    REJECTED,
    /** Broke: an error on our side. */
    FAILED
}
