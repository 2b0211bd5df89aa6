package org.pswcp.supervision.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Event {@code org.pswcp.supervision.session-recorded.v1} on {@code supervision.events}: a supervisor recorded a
 * session. Ids, dates, status and topic codes only: never notes, reflections, comments or action text. Keyed by the
 * session.
 */
public record SessionRecorded(UUID sessionId, SessionKind kind, SessionStatus status, String supervisorWorkerId,
        List<String> superviseeWorkerIds, List<UUID> agreementIds, Instant startsAt, LocalDate heldOn,
        UUID frameworkVersionId, List<String> topicAreaCodes, LocalDate nextSessionOn) {
}
