package org.pswcp.assessment.assessment;

/** Who assesses whom. */
public enum AssessmentKind {
    /** A peer support worker rates themself. */
    SELF,
    /** A supervisor rates a supervisee. */
    SUPERVISOR,
    /** A supervisor rates practice they observed. */
    DIRECT_OBSERVATION,
    /** A trust or team rates itself against the organisational competences (domain 9). */
    ORGANISATIONAL
}
