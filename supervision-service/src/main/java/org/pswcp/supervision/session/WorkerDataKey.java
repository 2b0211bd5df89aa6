package org.pswcp.supervision.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One worker's AES-256 data key, as stored: sealed (wrapped) under the service's master key, bound to the worker and
 * their organisation, so that it opens for no one else. It never leaves the service; {@link WorkerKeys} alone uses it.
 */
@Entity
@Table(name = "worker_data_key")
class WorkerDataKey {

    @Id
    UUID id;

    String organisation;

    String workerId;

    byte[] wrappedKey;

    Instant createdAt;

    protected WorkerDataKey() {
    }

    /** What the wrapped key is bound to: moved to another worker's row, it does not open. */
    String context() {
        return context(id, organisation, workerId);
    }

    static String context(UUID id, String organisation, String workerId) {
        return "worker-data-key/" + id + "/" + organisation + "/" + workerId;
    }
}
