package org.pswcp.kit.request;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The request id (one per HTTP request) and the correlation id (one per conversation, across services and events) of
 * the work in progress. They live in the logging context, so every log line carries them, and the outbox and the
 * problem responses read them from there. The organisation joins them once the caller is known.
 */
public final class RequestIds {

    public static final String REQUEST_ID_HEADER = "X-Request-ID";
    public static final String CORRELATION_ID_HEADER = "X-Correlation-ID";

    /** Keys in the logging context (MDC). */
    public static final String REQUEST_ID = "requestId";
    public static final String CORRELATION_ID = "correlationId";
    /** The organisation (ODS code) the work is for: the caller's, or the event's. */
    public static final String ORGANISATION = "organisation";
    /** Written by OpenTelemetry while a span is current. */
    public static final String TRACE_ID = "traceId";

    /**
     * What we accept from a caller: enough for UUIDs, ULIDs and trace-style ids, nothing that could forge a log line.
     */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {
    }

    /** The caller's id when it is acceptable, otherwise a new one. */
    public static String acceptOrGenerate(String candidate) {
        return isAcceptable(candidate) ? candidate : UUID.randomUUID().toString();
    }

    public static boolean isAcceptable(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches();
    }

    /** Binds both ids to the current request or message for logging and for events written while it runs. */
    public static void bind(String requestId, String correlationId) {
        MDC.put(REQUEST_ID, requestId);
        MDC.put(CORRELATION_ID, correlationId);
        MDC.remove(ORGANISATION); // known only once the caller is
    }

    /**
     * Binds the ids of work done for an event (consuming it, or relaying it): the request id names the event, the
     * correlation id is the event's (or, for an event without one, its own id), and the organisation is the event's.
     */
    public static void bindEvent(String eventId, String correlationId, String organisation) {
        bind("event-" + eventId, correlationId != null ? correlationId : eventId);
        bindOrganisation(organisation);
    }

    /** Binds the organisation the work is for; null unbinds it. */
    public static void bindOrganisation(String organisation) {
        if (organisation == null) {
            MDC.remove(ORGANISATION);
        } else {
            MDC.put(ORGANISATION, organisation);
        }
    }

    public static void clear() {
        MDC.remove(REQUEST_ID);
        MDC.remove(CORRELATION_ID);
        MDC.remove(ORGANISATION);
    }

    public static String requestId() {
        Object value = MDC.get(REQUEST_ID);
        return value == null ? null : value.toString();
    }

    public static String correlationId() {
        Object value = MDC.get(CORRELATION_ID);
        return value == null ? null : value.toString();
    }
}
