package org.pswcp.supervision.roster;

/** The peer support roles of the framework's career pathway ({@code 002} §3.1.1). */
public enum WorkerRole {
    /** Peer support worker. */
    PSW,
    /** Senior peer support worker: may give role-specific supervision. */
    SENIOR_PSW,
    /** Peer coordinator or lead. */
    PEER_COORDINATOR,
    /** Peer support worker with specialist intervention skills. */
    PSW_SPECIALIST
}
