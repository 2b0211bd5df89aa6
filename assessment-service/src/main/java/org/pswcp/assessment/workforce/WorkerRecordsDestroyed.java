package org.pswcp.assessment.workforce;

import java.time.Instant;
import java.util.UUID;

/**
 * News, inside this service, that supervision-service destroyed a worker's records on a records manager's recorded
 * decision (WorkerRecordsDestroyed): fired as a CDI event within the transaction that applies the event, so that every
 * feature forgets the worker, or none does, and the workforce feature need not know who listens.
 */
public record WorkerRecordsDestroyed(String organisation, String workerId, Instant destroyedAt, UUID decisionId) {
}
