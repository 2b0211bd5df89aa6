package org.pswcp.kit.outbox;

import java.util.Objects;

/**
 * An event to publish, as a service states it: where it goes, what it is, whom it concerns, and its data (a record that
 * serialises to the event's JSON Schema). The envelope (id, time, source, correlation id) is added by {@link Outbox}.
 *
 * @param topic the Kafka topic, such as {@code assessment.events}
 * @param type the CloudEvents type with its version, such as {@code org.pswcp.assessment.submitted.v1}
 * @param key the Kafka record key: the worker the event is about, so that a worker's events stay in order
 * @param subject the CloudEvents subject: the resource the event is about, such as {@code assessments/<id>}
 * @param organisation the organisation (ODS code) whose data this is; null for national data such as the framework
 * @param dataref where the resource can be read through the API, such as {@code /v1/assessments/<id>}; may be null
 * @param data the payload
 */
public record OutgoingEvent(String topic, String type, String key, String subject, String organisation, String dataref,
        Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }

    public static OutgoingEvent of(String topic, String type, String key, String subject, Object data) {
        return new OutgoingEvent(topic, type, key, subject, null, null, data);
    }

    public OutgoingEvent organisation(String organisation) {
        return new OutgoingEvent(topic, type, key, subject, organisation, dataref, data);
    }

    public OutgoingEvent dataref(String dataref) {
        return new OutgoingEvent(topic, type, key, subject, organisation, dataref, data);
    }
}
