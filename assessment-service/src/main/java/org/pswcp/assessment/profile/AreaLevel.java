package org.pswcp.assessment.profile;

import java.util.List;
import java.util.Map;

import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy.AreaRef;

/**
 * A worker's attained level in a competence area, from the latest signed-off supervisor and observation ratings of its
 * statements. MET when every statement of the area has a rating that counts as met; DEVELOPING when some are rated but
 * not all met; NOT_ASSESSED when none is rated. The level is the lowest rated value.
 */
public record AreaLevel(Integer value, Status status) {

    public enum Status {
        MET, DEVELOPING, NOT_ASSESSED
    }

    static AreaLevel of(AreaRef area, Map<String, LatestRating> latest, FrameworkCopy version) {
        List<LatestRating> rated = area.rateableStatements().stream().map(latest::get)
                .filter(java.util.Objects::nonNull).toList();
        if (rated.isEmpty()) {
            return new AreaLevel(null, Status.NOT_ASSESSED);
        }
        int lowest = rated.stream().mapToInt(LatestRating::value).min().orElseThrow();
        boolean allMet = rated.size() == area.rateableStatements().size()
                && rated.stream().allMatch(r -> version.level(r.value()).map(l -> l.met()).orElse(false));
        return new AreaLevel(lowest, allMet ? Status.MET : Status.DEVELOPING);
    }
}
