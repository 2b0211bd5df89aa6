package org.pswcp.assessment.frameworkcopy;

import java.util.List;

/**
 * This service's view of a framework version's content, as FrameworkVersionPublished carries it: the parts that
 * assessments, profiles and development plans use. Fields it does not know are ignored.
 */
public record FrameworkContentView(RatingScale ratingScale, List<Domain> domains, Curriculum curriculum,
        List<RoleProfile> roleProfiles) {

    public record RatingScale(String code, String title, List<Level> levels) {
    }

    public record Level(int value, String code, String label, boolean met) {
    }

    public record Domain(String code, String title, String kind, List<Area> areas) {
    }

    public record Area(String code, String title, List<Statement> statements) {
    }

    public record Statement(String code, String kind, String text, List<Statement> children) {
    }

    public record Curriculum(List<Section> sections) {
    }

    public record Section(String code, String title, List<Unit> units) {
    }

    public record Unit(String code, String title, List<String> areas, List<String> statements) {
    }

    public record RoleProfile(String code, String title, List<Requirement> requirements) {
    }

    public record Requirement(String area, String level) {
    }
}
