package org.pswcp.supervision.agenda;

/** Why an item is on the agenda. */
public enum AgendaItemKind {
    /** The worker submitted an assessment: talk it through before sign-off. */
    ASSESSMENT_SUBMITTED,
    /** An assessment went back for changes: agree what to change. */
    ASSESSMENT_RETURNED,
    /** The worker's attained level in a competence area changed: recognise it, or plan for it. */
    COMPETENCE_LEVEL_CHANGED,
    /** An action agreed in a session: check it is done by its due date. */
    ACTION_DUE
}
