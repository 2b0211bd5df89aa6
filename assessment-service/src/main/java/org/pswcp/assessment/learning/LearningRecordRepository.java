package org.pswcp.assessment.learning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.kit.security.OrganisationScopedRepository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class LearningRecordRepository extends OrganisationScopedRepository<LearningRecord> {

    private static final Sort OLDEST_FIRST = Sort.by("completedOn").and("recordedAt").and("id");

    @Override
    protected String resourceName() {
        return "learning record";
    }

    /** The record a learning system keeps under its own id, in the organisation. */
    Optional<LearningRecord> bySystem(String organisation, String learningSystem, String externalId) {
        return find("organisation = :organisation and learningSystem = :system and externalId = :externalId",
                Parameters.with("organisation", organisation).and("system", learningSystem)
                        .and("externalId", externalId))
                .firstResultOptional();
    }

    /** Every record of the worker in the organisation, withdrawn ones too, by completion date. */
    List<LearningRecord> ofWorker(String organisation, String workerId) {
        return find("organisation = :organisation and workerId = :worker", OLDEST_FIRST,
                Parameters.with("organisation", organisation).and("worker", workerId)).list();
    }

    /** The worker's records that stand (not withdrawn) against one framework version, by completion date. */
    List<LearningRecord> standing(String organisation, String workerId, UUID frameworkVersionId) {
        return find("organisation = :organisation and workerId = :worker and frameworkVersionId = :version"
                + " and withdrawnAt is null", OLDEST_FIRST,
                Parameters.with("organisation", organisation)
                        .and("worker", workerId).and("version", frameworkVersionId))
                .list();
    }

    long deleteOfWorker(String organisation, String workerId) {
        return delete("organisation = :organisation and workerId = :worker",
                Parameters.with("organisation", organisation).and("worker", workerId));
    }
}
