package org.pswcp.supervision.agreement;

/** The kinds of supervision a peer support worker receives ({@code 002} §3.3). */
public enum AgreementType {
    /** From a senior peer support worker: applying lived experience, keeping true to peer support's values. */
    ROLE_SPECIFIC,
    /** From a clinician, in addition, when the worker works in clinical settings or multidisciplinary teams. */
    CLINICAL,
    /** Group or peer supervision: peers share their learning and problem solving. */
    GROUP
}
