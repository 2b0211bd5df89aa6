package org.pswcp.assessment.frameworkcopy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pswcp.assessment.frameworkcopy.FrameworkCopy.Content.Area;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy.Content.Level;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy.Content.RoleProfile;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy.Content.Statement;
import org.pswcp.assessment.frameworkcopy.FrameworkCopy.Content.Unit;

/**
 * A framework version that framework-service published, as this service copied it from FrameworkVersionPublished and as
 * assessments need it: which statements exist and can be rated, which area each belongs to, the rating scale, the units
 * mapped to each area, the role profiles. Published versions never change, so a copy is immutable and kept in memory
 * ({@link FrameworkCopies}); it is stored as a {@link FrameworkCopyRecord}.
 */
public final class FrameworkCopy {

    /**
     * A framework version's content as FrameworkVersionPublished carries it: the parts that assessments, profiles and
     * development plans use. Fields it does not know are ignored.
     */
    public record Content(RatingScale ratingScale, List<Domain> domains, Curriculum curriculum,
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

    /** A statement in its area. Sub-headings are listed but cannot be rated. */
    public record StatementRef(String code, String text, String areaCode, boolean rateable) {
    }

    /** An area with its domain and the codes of its rateable statements, in order. */
    public record AreaRef(String code, String title, String domainCode, String domainKind,
            List<String> rateableStatements) {

        /**
         * Whether the area is rated as a whole: it has no statement to rate, only its title (the meta-competences, 7.1,
         * and the organisational competences, 9.1 and 9.2, of the October 2020 publication).
         */
        public boolean ratedAsWhole() {
            return rateableStatements.isEmpty();
        }

        /**
         * What a rating of this area is of: its rateable statements or, for an area rated as a whole, the area itself.
         * The area's level is made from the ratings of these codes, by one rule for both.
         */
        public List<String> ratedCodes() {
            return ratedAsWhole() ? List.of(code) : rateableStatements;
        }
    }

    private final UUID versionId;
    private final String label;
    private final Map<String, StatementRef> statements = new LinkedHashMap<>();
    private final Map<String, AreaRef> areas = new LinkedHashMap<>();
    private final Map<String, List<Unit>> unitsByArea = new LinkedHashMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, RoleProfile> roleProfiles = new LinkedHashMap<>();
    private final List<Level> levels;

    FrameworkCopy(UUID versionId, String label, Content content) {
        this.versionId = versionId;
        this.label = label;
        this.levels = content == null || content.ratingScale() == null
                ? List.of()
                : List.copyOf(content.ratingScale().levels());
        if (content == null) {
            return;
        }
        for (var domain : content.domains()) {
            for (Area area : domain.areas()) {
                List<String> rateable = new ArrayList<>();
                collect(area.statements(), area.code(), rateable);
                areas.put(area.code(), new AreaRef(area.code(), area.title(), domain.code(), domain.kind(),
                        List.copyOf(rateable)));
            }
        }
        if (content.curriculum() != null) {
            for (var section : content.curriculum().sections()) {
                for (Unit unit : section.units()) {
                    units.put(unit.code(), unit);
                    for (String area : unit.areas()) {
                        unitsByArea.computeIfAbsent(area, a -> new ArrayList<>()).add(unit);
                    }
                }
            }
        }
        if (content.roleProfiles() != null) {
            content.roleProfiles().forEach(r -> roleProfiles.put(r.code(), r));
        }
    }

    private void collect(List<Statement> level, String areaCode, List<String> rateable) {
        for (Statement statement : level) {
            boolean isStatement = "STATEMENT".equals(statement.kind());
            statements.put(statement.code(),
                    new StatementRef(statement.code(), statement.text(), areaCode, isStatement));
            if (isStatement) {
                rateable.add(statement.code());
            }
            collect(statement.children(), areaCode, rateable);
        }
    }

    public UUID versionId() {
        return versionId;
    }

    /** Framework and version codes, for messages: {@code mh-psw/2020-10}. */
    public String label() {
        return label;
    }

    public Optional<StatementRef> statement(String code) {
        return Optional.ofNullable(statements.get(code));
    }

    public Optional<AreaRef> area(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    /** The area a rated code belongs to: a rateable statement's area, or an area rated as a whole itself. */
    public Optional<AreaRef> areaOfRated(String code) {
        Optional<AreaRef> whole = area(code).filter(AreaRef::ratedAsWhole);
        return whole.isPresent()
                ? whole
                : statement(code).filter(StatementRef::rateable).flatMap(s -> area(s.areaCode()));
    }

    public Collection<AreaRef> areas() {
        return areas.values();
    }

    /** The units of the curriculum mapped to an area, in curriculum order. */
    public List<Unit> unitsOf(String areaCode) {
        return unitsByArea.getOrDefault(areaCode, List.of());
    }

    /** A unit of the curriculum by its code, such as {@code UNIT 1.6}. */
    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    /**
     * The rateable statements a unit covers, and the areas rated as a whole that it is mapped to: what a completion of
     * the unit is evidence of. A unit the version does not name covers nothing.
     */
    public List<String> coveredBy(String unitCode) {
        Unit unit = units.get(unitCode);
        if (unit == null) {
            return List.of();
        }
        List<String> covered = new ArrayList<>();
        if (unit.statements() != null) {
            unit.statements().stream().filter(c -> statement(c).filter(StatementRef::rateable).isPresent())
                    .forEach(covered::add);
        }
        if (unit.areas() != null) {
            unit.areas().stream().filter(c -> area(c).filter(AreaRef::ratedAsWhole).isPresent())
                    .forEach(covered::add);
        }
        return List.copyOf(covered);
    }

    public Optional<RoleProfile> roleProfile(String code) {
        return Optional.ofNullable(roleProfiles.get(code));
    }

    public Collection<RoleProfile> roleProfiles() {
        return roleProfiles.values();
    }

    /** The rating scale's levels, lowest first. */
    public List<Level> levels() {
        return levels;
    }

    public Optional<Level> level(int value) {
        return levels.stream().filter(l -> l.value() == value).findFirst();
    }

    public Optional<Level> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
