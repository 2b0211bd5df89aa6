package org.pswcp.assessment;

/**
 * The topics this service reads and writes and the CloudEvents types it publishes and consumes, named once: producers,
 * consumers and tests take them from here, and {@code application.properties} binds the consumers' channels to these
 * topics (a test holds it to them). The events' data are records of the feature that produces or reads them.
 */
public final class Events {

    /**
     * Written through the outbox: assessments' transitions, workers' attained levels and learning records, keyed by
     * worker.
     */
    public static final String ASSESSMENT_TOPIC = "assessment.events";
    /** Read: the framework versions framework-service publishes. */
    public static final String FRAMEWORK_TOPIC = "framework.events";
    /** Read: supervision-service's roster, supervision agreements, direct observations and destructions. */
    public static final String SUPERVISION_TOPIC = "supervision.events";

    /** The channel that reads {@link #FRAMEWORK_TOPIC}. */
    public static final String FRAMEWORK_CHANNEL = "framework-events";
    /** The channel that reads {@link #SUPERVISION_TOPIC}. */
    public static final String SUPERVISION_CHANNEL = "supervision-events";

    /** Published: an assessment awaits sign-off. */
    public static final String ASSESSMENT_SUBMITTED = "org.pswcp.assessment.submitted.v1";
    /** Published: an assessment was signed off and can no longer change. */
    public static final String ASSESSMENT_SIGNED_OFF = "org.pswcp.assessment.signed-off.v1";
    /** Published: an assessment went back to its author for changes. */
    public static final String ASSESSMENT_RETURNED = "org.pswcp.assessment.returned.v1";
    /** Published: a worker's attained level in a competence area changed, after a sign-off. */
    public static final String COMPETENCE_LEVEL_CHANGED = "org.pswcp.competence.level-changed.v1";
    /** Published: a learning system recorded that a worker completed a curriculum unit. */
    public static final String LEARNING_RECORDED = "org.pswcp.assessment.learning-recorded.v1";
    /** Published: its learning system corrected a learning record. */
    public static final String LEARNING_RECORD_CORRECTED = "org.pswcp.assessment.learning-record-corrected.v1";
    /** Published: its learning system withdrew a learning record. */
    public static final String LEARNING_RECORD_WITHDRAWN = "org.pswcp.assessment.learning-record-withdrawn.v1";

    /** Consumed from {@link #FRAMEWORK_TOPIC}: a framework version was published, with its content. */
    public static final String FRAMEWORK_VERSION_PUBLISHED = "org.pswcp.framework.version-published.v1";
    /** Consumed from {@link #SUPERVISION_TOPIC}: a worker's role or team. */
    public static final String WORKER_UPDATED = "org.pswcp.supervision.worker-updated.v1";
    /** Consumed from {@link #SUPERVISION_TOPIC}: who supervises whom, from when. */
    public static final String AGREEMENT_STARTED = "org.pswcp.supervision.agreement-started.v1";
    /** Consumed from {@link #SUPERVISION_TOPIC}: until when. */
    public static final String AGREEMENT_ENDED = "org.pswcp.supervision.agreement-ended.v1";
    /** Consumed from {@link #SUPERVISION_TOPIC}: evidence observed in a supervision session. */
    public static final String OBSERVATION_RECORDED = "org.pswcp.supervision.direct-observation-recorded.v1";
    /**
     * Consumed from {@link #SUPERVISION_TOPIC}: a records manager's recorded decision destroyed a worker's records;
     * this service deletes or anonymises what it holds about them.
     */
    public static final String WORKER_RECORDS_DESTROYED = "org.pswcp.supervision.worker-records-destroyed.v1";

    private Events() {
    }

    /** Where a consumer puts what it cannot process from {@code topic}. */
    public static String deadLetters(String topic) {
        return topic + ".dlq";
    }
}
