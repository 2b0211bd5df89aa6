package org.pswcp.assessment.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * HR's summary keeps counting the workers whose records were destroyed, as it counted them then: anonymous counts per
 * organisation, framework version and area, with no worker id, added to what the summary computes from the records it
 * still has, so that its totals do not change when a worker's records are destroyed.
 */
@ApplicationScoped
class DestroyedCounts {

    /**
     * What the summary of a version adds for destroyed workers: how many, and per area how many met, developing, not.
     */
    record Tally(long workers, Map<String, long[]> areas) {

        long[] area(String code) {
            return areas.getOrDefault(code, new long[3]);
        }
    }

    private final EntityManager em;

    DestroyedCounts(EntityManager em) {
        this.em = em;
    }

    /** Counts one more destroyed worker in the summary of the version, with their status in each area. */
    void add(String organisation, UUID versionId, Map<String, AreaLevel.Status> statuses) {
        var workerKey = new DestroyedWorkerCount.Key(organisation, versionId);
        DestroyedWorkerCount workers = em.find(DestroyedWorkerCount.class, workerKey);
        if (workers == null) {
            workers = new DestroyedWorkerCount(workerKey);
            em.persist(workers);
        }
        workers.workers++;
        statuses.forEach((area, status) -> {
            var key = new DestroyedAreaCount.Key(organisation, versionId, area);
            DestroyedAreaCount count = em.find(DestroyedAreaCount.class, key);
            if (count == null) {
                count = new DestroyedAreaCount(key);
                em.persist(count);
            }
            count.add(status);
        });
    }

    Tally of(String organisation, UUID versionId) {
        DestroyedWorkerCount workers = em.find(DestroyedWorkerCount.class,
                new DestroyedWorkerCount.Key(organisation, versionId));
        if (workers == null) {
            return new Tally(0, Map.of());
        }
        List<DestroyedAreaCount> counts = em.createQuery("from DestroyedAreaCount where organisation = :organisation"
                + " and frameworkVersionId = :version", DestroyedAreaCount.class)
                .setParameter("organisation", organisation).setParameter("version", versionId).getResultList();
        Map<String, long[]> areas = new HashMap<>();
        counts.forEach(c -> areas.put(c.areaCode, new long[]{c.met, c.developing, c.notAssessed}));
        return new Tally(workers.workers, areas);
    }
}
