package org.pswcp.supervision.roster;

/**
 * The peer support roles of the framework's career pathway ({@code 002} §3.1.1), and the clinical supervisors who give
 * peer support workers in clinical settings their additional supervision ({@code 002} §3.3).
 */
public enum WorkerRole {

    /** Peer support worker. */
    PSW,
    /** Senior peer support worker: may give role-specific supervision. */
    SENIOR_PSW,
    /** Peer coordinator or lead. */
    PEER_COORDINATOR,
    /** Peer support worker with specialist intervention skills. */
    PSW_SPECIALIST,
    /** A clinician who supervises peer support workers; not a peer support worker. */
    CLINICAL_SUPERVISOR;

    /** Every role but the clinical supervisor's is a peer support role. */
    public boolean isPeerSupport() {
        return this != CLINICAL_SUPERVISOR;
    }
}
