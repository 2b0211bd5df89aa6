package org.pswcp.kit.outbox;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode: the data is the record value,
 * the attributes are headers prefixed {@code ce_}. Extension attribute names are lower-case letters only, as the
 * specification requires.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATAREF = "ce_dataref";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension: the organisation (NHS ODS code) the event's data belongs to. */
    public static final String ORGANISATION = "ce_organisation";
    /** Extension: the correlation id of the conversation that caused the event. */
    public static final String CORRELATION_ID = "ce_correlationid";

    public static final String SPEC_VERSION_1_0 = "1.0";

    private CloudEventHeaders() {
    }
}
