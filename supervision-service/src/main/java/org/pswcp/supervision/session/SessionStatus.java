package org.pswcp.supervision.session;

/** What became of a session. Only a held session counts towards the agreed frequency. */
public enum SessionStatus {
    HELD,
    /** Called off in advance, by either side. */
    CANCELLED,
    /** Did not take place although planned, without being called off. */
    MISSED
}
