package org.pswcp.supervision.agenda;

/** Why an item is on the agenda. */
public enum AgendaItemKind {
    /** The worker submitted an assessment: talk it through before sign-off. */
    ASSESSMENT_SUBMITTED
}
