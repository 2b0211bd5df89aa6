package org.pswcp.supervision.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * Event {@code org.pswcp.supervision.worker-records-destroyed.v1} on {@code supervision.events}: a records manager
 * decided to destroy a worker's records, and supervision-service has destroyed its own. Every service that holds a copy
 * of anything about the worker deletes or anonymises it. Keyed by the worker; never says why.
 */
public record WorkerRecordsDestroyed(String workerId, String organisation, Instant destroyedAt, UUID decisionId) {
}
