package org.pswcp.assessment.profile;

import java.util.List;
import java.util.Map;

import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy.AreaRef;

/**
 * A level in a competence area (a worker's attained level, or the organisation's own), from the standing ratings of
 * what the area is rated by ({@link AreaRef#ratedCodes()}): its statements or, for an area without statements, the area
 * as a whole. One rule for both: MET when every one has a rating that counts as met; DEVELOPING when some are rated but
 * not all met; NOT_ASSESSED when none is rated. The level is the lowest rated value, so an area rated as a whole has
 * the level of its rating.
 */
public record AreaLevel(Integer value, Status status) {

    public enum Status {
        MET, DEVELOPING, NOT_ASSESSED
    }

    static AreaLevel of(AreaRef area, Map<String, LatestRating> latest, FrameworkCopy version) {
        List<LatestRating> rated = area.ratedCodes().stream().map(latest::get)
                .filter(java.util.Objects::nonNull).toList();
        if (rated.isEmpty()) {
            return new AreaLevel(null, Status.NOT_ASSESSED);
        }
        int lowest = rated.stream().mapToInt(LatestRating::value).min().orElseThrow();
        boolean allMet = rated.size() == area.ratedCodes().size()
                && rated.stream().allMatch(r -> version.level(r.value()).map(l -> l.met()).orElse(false));
        return new AreaLevel(lowest, allMet ? Status.MET : Status.DEVELOPING);
    }
}
