package org.pswcp.assessment.workforce;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.pswcp.assessment.workforce.WorkforceViews.ObservationView;
import org.pswcp.assessment.workforce.WorkforceViews.SupervisionLinkView;
import org.pswcp.assessment.workforce.WorkforceViews.WorkerView;
import org.pswcp.kit.destruction.Destroyed;
import org.pswcp.kit.time.Today;

/**
 * What this service knows of the workforce from supervision-service's events: roles, who supervises whom, and direct
 * observations. Every query names its organisation.
 */
@ApplicationScoped
public class Workforce {

    private final EntityManager em;
    private final Today today;

    Workforce(EntityManager em, Today today) {
        this.em = em;
        this.today = today;
    }

    /** Whether the supervisor has an agreement with the supervisee that is active today. */
    public boolean supervises(String organisation, String supervisorWorkerId, String superviseeWorkerId) {
        return !Destroyed.is(supervisorWorkerId) && links(organisation, supervisorWorkerId, superviseeWorkerId).stream()
                .anyMatch(l -> l.isActiveOn(today.date()));
    }

    /** The workers the supervisor supervises under an agreement active today. */
    public List<String> superviseesOf(String organisation, String supervisorWorkerId) {
        if (Destroyed.is(supervisorWorkerId)) {
            return List.of();
        }
        return em.createQuery("from SupervisionLink where organisation = :organisation"
                + " and supervisorWorkerId = :supervisor", SupervisionLink.class)
                .setParameter("organisation", organisation)
                .setParameter("supervisor", supervisorWorkerId)
                .getResultList().stream()
                .filter(l -> l.isActiveOn(today.date()))
                .map(l -> l.superviseeWorkerId)
                .distinct().toList();
    }

    /** Whether the worker is a peer support worker on the organisation's roster, not a clinical supervisor. */
    public boolean isPeerWorkerOf(String organisation, String workerId) {
        return worker(organisation, workerId).filter(w -> !"CLINICAL_SUPERVISOR".equals(w.role())).isPresent();
    }

    public Optional<WorkerRecord> worker(String organisation, String workerId) {
        return Optional.ofNullable(em.find(WorkerRecord.class, new WorkerRecord.Key(organisation, workerId)));
    }

    public List<Observation> observationsOf(String organisation, String workerId, UUID frameworkVersionId) {
        return em.createQuery("from Observation where organisation = :organisation and workerId = :worker"
                + " and frameworkVersionId = :version order by observedOn", Observation.class)
                .setParameter("organisation", organisation)
                .setParameter("worker", workerId)
                .setParameter("version", frameworkVersionId)
                .getResultList();
    }

    /** The worker's role and team, as the roster last announced them: for their subject access export. */
    public Optional<WorkerView> record(String organisation, String workerId) {
        return worker(organisation, workerId).map(WorkerView::of);
    }

    /** Every agreement, past or present, in which the worker supervises or is supervised, earliest first. */
    public List<SupervisionLinkView> linksOf(String organisation, String workerId) {
        return em.createQuery("from SupervisionLink where organisation = :organisation"
                + " and (superviseeWorkerId = :worker or supervisorWorkerId = :worker)"
                + " order by startDate, agreementId", SupervisionLink.class)
                .setParameter("organisation", organisation)
                .setParameter("worker", workerId)
                .getResultList().stream().map(l -> SupervisionLinkView.of(l, workerId)).toList();
    }

    /** Every direct observation of the worker, in every framework version, oldest first. */
    public List<ObservationView> observationsOf(String organisation, String workerId) {
        return em.createQuery("from Observation where organisation = :organisation and workerId = :worker"
                + " order by observedOn, observationId", Observation.class)
                .setParameter("organisation", organisation)
                .setParameter("worker", workerId)
                .getResultList().stream().map(ObservationView::of).toList();
    }

    /**
     * Forgets a worker whose records were destroyed: deletes their roster record, the agreements under which they were
     * supervised and the observations of their practice; where they supervised or observed someone else, that person's
     * agreement or observation stays, naming {@link Destroyed#MARKER} instead of them.
     */
    public Forgotten forget(String organisation, String workerId) {
        int workers = em.createQuery("delete from WorkerRecord where organisation = :organisation"
                + " and workerId = :worker").setParameter("organisation", organisation)
                .setParameter("worker", workerId).executeUpdate();
        int links = em.createQuery("delete from SupervisionLink where organisation = :organisation"
                + " and superviseeWorkerId = :worker").setParameter("organisation", organisation)
                .setParameter("worker", workerId).executeUpdate();
        int linksAnonymised = em.createQuery("update SupervisionLink set supervisorWorkerId = :marker"
                + " where organisation = :organisation and supervisorWorkerId = :worker")
                .setParameter("marker", Destroyed.MARKER).setParameter("organisation", organisation)
                .setParameter("worker", workerId).executeUpdate();
        // The statements observed go with their observation (on delete cascade).
        int observations = em.createNativeQuery("delete from observation where organisation = :organisation"
                + " and worker_id = :worker").setParameter("organisation", organisation)
                .setParameter("worker", workerId).executeUpdate();
        int observationsAnonymised = em.createQuery("update Observation set observerWorkerId = :marker"
                + " where organisation = :organisation and observerWorkerId = :worker")
                .setParameter("marker", Destroyed.MARKER).setParameter("organisation", organisation)
                .setParameter("worker", workerId).executeUpdate();
        return new Forgotten(workers + links + observations, linksAnonymised + observationsAnonymised);
    }

    /** How many rows were deleted, and how many others' rows now name {@link Destroyed#MARKER}. */
    public record Forgotten(int deleted, int anonymised) {
    }

    private List<SupervisionLink> links(String organisation, String supervisor, String supervisee) {
        return em.createQuery("from SupervisionLink where organisation = :organisation"
                + " and supervisorWorkerId = :supervisor and superviseeWorkerId = :supervisee", SupervisionLink.class)
                .setParameter("organisation", organisation)
                .setParameter("supervisor", supervisor)
                .setParameter("supervisee", supervisee)
                .getResultList();
    }
}
