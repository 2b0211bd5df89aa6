package org.pswcp.supervision;

/**
 * The topics supervision-service writes and reads, and the CloudEvents types of the events it publishes and consumes,
 * declared once: producers, consumers and tests name them from here, and {@code openapi/events/} holds a schema for
 * each. A type names one version of an event; renaming a field of a published one is a new type, never an edit here.
 */
public final class Events {

    /** Where this service announces its changes, each keyed as its record says. */
    public static final String TOPIC = "supervision.events";
    /** framework-service's announcements: published versions, whose codes sessions refer to. */
    public static final String FRAMEWORK_TOPIC = "framework.events";
    /** assessment-service's announcements: what puts items on a worker's agenda. */
    public static final String ASSESSMENT_TOPIC = "assessment.events";

    // Published on TOPIC.
    public static final String WORKER_UPDATED = "org.pswcp.supervision.worker-updated.v1";
    public static final String AGREEMENT_STARTED = "org.pswcp.supervision.agreement-started.v1";
    public static final String AGREEMENT_ENDED = "org.pswcp.supervision.agreement-ended.v1";
    public static final String SESSION_RECORDED = "org.pswcp.supervision.session-recorded.v1";
    public static final String DIRECT_OBSERVATION_RECORDED = "org.pswcp.supervision.direct-observation-recorded.v1";
    public static final String SUPERVISION_OVERDUE = "org.pswcp.supervision.supervision-overdue.v1";
    public static final String WORKER_RECORDS_DESTROYED = "org.pswcp.supervision.worker-records-destroyed.v1";

    // Consumed from FRAMEWORK_TOPIC.
    public static final String FRAMEWORK_VERSION_PUBLISHED = "org.pswcp.framework.version-published.v1";

    // Consumed from ASSESSMENT_TOPIC.
    public static final String ASSESSMENT_SUBMITTED = "org.pswcp.assessment.submitted.v1";
    public static final String ASSESSMENT_RETURNED = "org.pswcp.assessment.returned.v1";
    public static final String COMPETENCE_LEVEL_CHANGED = "org.pswcp.competence.level-changed.v1";

    private Events() {
    }
}
