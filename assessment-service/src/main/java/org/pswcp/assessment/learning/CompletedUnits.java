package org.pswcp.assessment.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.assessment.learning.LearningDtos.CompletedUnit;

/**
 * The curriculum units a worker has completed against a framework version, from the learning records that stand (not
 * withdrawn): what the development plan shows as completed and the profile shows as evidence on the statements each
 * unit covers. A completed unit is evidence, not an attained level: only a signed-off assessment makes a competence
 * met, so nothing here changes a level, a goal or a summary.
 */
@ApplicationScoped
public class CompletedUnits {

    private final LearningRecordRepository records;

    CompletedUnits(LearningRecordRepository records) {
        this.records = records;
    }

    /** Each unit the worker completed, once (its latest completion), in the order they were completed. */
    public List<CompletedUnit> of(String organisation, String workerId, FrameworkCopy version) {
        Map<String, CompletedUnit> latest = new LinkedHashMap<>();
        for (LearningRecord r : records.standing(organisation, workerId, version.versionId())) {
            latest.remove(r.unitCode());
            latest.put(r.unitCode(), new CompletedUnit(r.id(), r.unitCode(),
                    version.unit(r.unitCode()).map(u -> u.title()).orElse(null), r.completedOn(), r.provider(),
                    r.certificateLink(), version.coveredBy(r.unitCode())));
        }
        return List.copyOf(latest.values());
    }
}
