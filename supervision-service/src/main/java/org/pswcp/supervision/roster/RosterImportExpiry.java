package org.pswcp.supervision.roster;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.pswcp.supervision.SupervisionConfig;

import io.quarkus.scheduler.Scheduled;

/**
 * What happens to roster imports nobody finishes: one never applied expires and forgets its staged rows (personal data
 * kept only for the dry run); one whose background job stopped with its replica is failed. Every replica runs it; the
 * changes are idempotent.
 */
@ApplicationScoped
public class RosterImportExpiry {

    private static final Logger LOG = Logger.getLogger(RosterImportExpiry.class);

    private final RosterImportRepository imports;
    private final RosterImportRowRepository rows;
    private final SupervisionConfig.RosterImport config;

    RosterImportExpiry(RosterImportRepository imports, RosterImportRowRepository rows, SupervisionConfig config) {
        this.imports = imports;
        this.rows = rows;
        this.config = config.rosterImport();
    }

    @Scheduled(identity = "supervision-roster-import-expiry", every = "${supervision.roster-import.expire-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int interrupted = failInterruptedBefore(
                Instant.now().minusSeconds(3L * RosterImportService.BACKGROUND_TIMEOUT_SECONDS));
        if (interrupted > 0) {
            LOG.warnf("Marked %d interrupted roster import(s) FAILED", interrupted);
        }
        int expired = expireBefore(Instant.now().minus(config.keepUnappliedFor()));
        if (expired > 0) {
            LOG.infof("Expired %d roster import(s) never applied", expired);
        }
    }

    /**
     * Expires the imports created before the cutoff that were never applied, and forgets their staged rows. Applied
     * imports forget theirs when applied.
     */
    @Transactional
    public int expireBefore(Instant cutoff) {
        List<RosterImport> stale = imports.unappliedCreatedBefore(cutoff);
        Instant now = Instant.now();
        stale.forEach(i -> {
            rows.forget(i.id());
            i.expired(now);
        });
        return stale.size();
    }

    /**
     * Fails the imports whose background job has not moved since the cutoff: the replica running it stopped (a restart,
     * a crash), so its transaction was rolled back and the roster is as it was. The caller uploads the file again. A
     * job still running is not caught: its transaction times out well before the cutoff the schedule uses.
     */
    @Transactional
    public int failInterruptedBefore(Instant cutoff) {
        List<RosterImport> stuck = imports.inBackgroundSince(cutoff);
        Instant now = Instant.now();
        stuck.forEach(i -> i.failed("interrupted", now));
        return stuck.size();
    }
}
