package org.pswcp.assessment.assessment;

/** What a piece of evidence is. Evidence is described and linked, never stored here as a file. */
public enum EvidenceKind {
    /** A written piece of work, a plan, a report. */
    DOCUMENT,
    /** A certificate of training. */
    CERTIFICATE,
    /** Practice observed by someone else. */
    OBSERVATION,
    /** Feedback from a person supported, a carer or a colleague. */
    FEEDBACK,
    /** The worker's own reflection. */
    REFLECTION, OTHER
}
