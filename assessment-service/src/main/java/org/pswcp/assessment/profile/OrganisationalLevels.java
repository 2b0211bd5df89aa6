package org.pswcp.assessment.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.assessment.assessment.Assessment;
import org.pswcp.assessment.assessment.AssessmentKind;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy.AreaRef;
import org.pswcp.assessment.profile.ProfileViews.OrganisationalLevel;
import org.pswcp.assessment.profile.ProfileViews.TeamLevels;

/**
 * The organisation's own levels in the organisational competences (domain 9), and each assessed team's: from the
 * signed-off ORGANISATIONAL assessments of the whole organisation, or of that team, by the rule that makes a worker's
 * level in an area ({@link AreaLevel}). A team's assessment says nothing about the organisation's level, nor the other
 * way round.
 */
@ApplicationScoped
class OrganisationalLevels {

    /** The organisation's levels, and each assessed team's by team name. */
    record Levels(List<OrganisationalLevel> organisation, List<TeamLevels> teams) {
    }

    private final Attainments attainments;

    OrganisationalLevels(Attainments attainments) {
        this.attainments = attainments;
    }

    Levels of(String organisation, FrameworkCopy version) {
        List<Assessment> signed = attainments.signedOff(organisation, null, version.versionId(),
                List.of(AssessmentKind.ORGANISATIONAL));
        List<Assessment> whole = new ArrayList<>();
        Map<String, List<Assessment>> byTeam = new TreeMap<>();
        for (Assessment a : signed) {
            if (a.subjectTeam() == null) {
                whole.add(a);
            } else {
                byTeam.computeIfAbsent(a.subjectTeam(), t -> new ArrayList<>()).add(a);
            }
        }
        return new Levels(levels(version, whole), byTeam.entrySet().stream()
                .map(team -> new TeamLevels(team.getKey(), levels(version, team.getValue()))).toList());
    }

    private static List<OrganisationalLevel> levels(FrameworkCopy version, List<Assessment> signedOff) {
        Map<String, LatestRating> latest = Attainments.fold(signedOff);
        return version.areas().stream().filter(a -> "ORGANISATIONAL".equals(a.domainKind()))
                .map(area -> level(version, area, latest)).toList();
    }

    private static OrganisationalLevel level(FrameworkCopy version, AreaRef area, Map<String, LatestRating> latest) {
        AreaLevel level = AreaLevel.of(area, latest, version);
        LatestRating last = area.ratedCodes().stream().map(latest::get).filter(Objects::nonNull)
                .max(Comparator.comparing(LatestRating::assessedAt)).orElse(null);
        return new OrganisationalLevel(area.code(), area.title(), level.status(),
                level.value() == null ? null : Standings.level(version, level.value()),
                last == null ? null : last.assessmentId(), last == null ? null : last.assessedAt());
    }
}
