package org.pswcp.supervision.roster;

import java.time.LocalDate;

/**
 * Event {@code org.pswcp.supervision.worker-updated.v1} on {@code supervision.events}: HR's record of a worker was
 * created or changed. Keyed by the worker.
 */
public record WorkerUpdated(String workerId, WorkerRole role, String team, LocalDate startDate, LocalDate endDate) {
}
