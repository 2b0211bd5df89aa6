package org.pswcp.assessment.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.assessment.learning.CompletedUnits;
import org.pswcp.assessment.learning.LearningDtos.CompletedUnit;
import org.pswcp.assessment.profile.ProfileViews.EvidenceRef;
import org.pswcp.assessment.profile.ProfileViews.Plan;
import org.pswcp.assessment.profile.ProfileViews.Profile;
import org.pswcp.assessment.profile.ProfileViews.UnitCompletion;

/**
 * Puts the curriculum units a worker completed on their profile and plan, after {@link Standings} has made them: on the
 * profile as evidence (source LEARNING) on the statements each unit covers, on the plan as completed units. It adds and
 * never decides: levels, goals, what is met and HR's summary are the same with or without it, since a completed unit is
 * not a met competence.
 */
@ApplicationScoped
class LearningShown {

    static final String SOURCE = "LEARNING";

    private final CompletedUnits completedUnits;

    LearningShown(CompletedUnits completedUnits) {
        this.completedUnits = completedUnits;
    }

    Profile on(Profile profile, FrameworkCopy version, AsOf asOf) {
        Map<String, List<EvidenceRef>> evidence = new HashMap<>();
        for (CompletedUnit unit : completed(profile.organisation(), profile.workerId(), version, asOf)) {
            EvidenceRef ref = new EvidenceRef(SOURCE, unit.learningRecordId(), title(unit), SOURCE,
                    unit.completedOn(), unit.certificateLink());
            unit.covers().forEach(code -> evidence.computeIfAbsent(code, c -> new ArrayList<>()).add(ref));
        }
        return profile.withEvidence(evidence);
    }

    Plan on(Plan plan, String organisation, FrameworkCopy version, AsOf asOf) {
        return plan.withCompletedUnits(completed(organisation, plan.workerId(), version, asOf).stream()
                .map(u -> new UnitCompletion(u.learningRecordId(), u.unitCode(), u.unitTitle(), u.completedOn(),
                        u.provider()))
                .toList());
    }

    /** The units completed by the end of the day asked for (all of them, for now). */
    private List<CompletedUnit> completed(String organisation, String workerId, FrameworkCopy version, AsOf asOf) {
        List<CompletedUnit> all = completedUnits.of(organisation, workerId, version);
        return asOf.day() == null
                ? all
                : all.stream().filter(u -> !u.completedOn().isAfter(asOf.day())).toList();
    }

    private static String title(CompletedUnit unit) {
        return unit.unitCode() + (unit.unitTitle() == null ? "" : " " + unit.unitTitle()) + " completed with "
                + unit.provider();
    }
}
