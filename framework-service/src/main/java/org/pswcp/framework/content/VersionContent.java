package org.pswcp.framework.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pswcp.framework.content.FrameworkPackage.Area;
import org.pswcp.framework.content.FrameworkPackage.Domain;
import org.pswcp.framework.content.FrameworkPackage.RoleProfile;
import org.pswcp.framework.content.FrameworkPackage.Section;
import org.pswcp.framework.content.FrameworkPackage.Statement;
import org.pswcp.framework.content.FrameworkPackage.Unit;

/**
 * A version's content with its items indexed by code, in document order. Built once per published version and kept in
 * memory; rebuilt per request for drafts.
 */
public final class VersionContent {

    public record DomainEntry(Domain domain, int position) {
    }

    public record AreaEntry(Area area, Domain domain, int position) {
    }

    /**
     * A statement or sub-heading in its place: its area and domain, its parent statement (null at the top of an area),
     * its depth (1 at the top) and its position among its siblings (1-based, as CASE's sequenceNumber).
     */
    public record StatementEntry(Statement statement, Area area, Domain domain, String parentCode, int depth,
            int position) {
    }

    public record UnitEntry(Unit unit, Section section, int position) {
    }

    private final FrameworkPackage pkg;
    private final Map<String, DomainEntry> domains = new LinkedHashMap<>();
    private final Map<String, AreaEntry> areas = new LinkedHashMap<>();
    private final Map<String, StatementEntry> statements = new LinkedHashMap<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, UnitEntry> units = new LinkedHashMap<>();
    private final Map<String, RoleProfile> roleProfiles = new LinkedHashMap<>();

    private VersionContent(FrameworkPackage pkg) {
        this.pkg = pkg;
        int d = 0;
        for (Domain domain : pkg.domains()) {
            domains.putIfAbsent(domain.code(), new DomainEntry(domain, ++d));
            int a = 0;
            for (Area area : domain.areas()) {
                areas.putIfAbsent(area.code(), new AreaEntry(area, domain, ++a));
                index(area.statements(), area, domain, null, 1);
            }
        }
        for (Section section : pkg.curriculum().sections()) {
            sections.putIfAbsent(section.code(), section);
            int u = 0;
            for (Unit unit : section.units()) {
                units.putIfAbsent(unit.code(), new UnitEntry(unit, section, ++u));
            }
        }
        pkg.roleProfiles().forEach(r -> roleProfiles.putIfAbsent(r.code(), r));
    }

    private void index(List<Statement> level, Area area, Domain domain, String parent, int depth) {
        int position = 0;
        for (Statement statement : level) {
            statements.putIfAbsent(statement.code(),
                    new StatementEntry(statement, area, domain, parent, depth, ++position));
            index(statement.children(), area, domain, statement.code(), depth + 1);
        }
    }

    public static VersionContent of(FrameworkPackage pkg) {
        return new VersionContent(pkg);
    }

    public FrameworkPackage pkg() {
        return pkg;
    }

    public Collection<DomainEntry> domains() {
        return domains.values();
    }

    public Optional<DomainEntry> domain(String code) {
        return Optional.ofNullable(domains.get(code));
    }

    public Collection<AreaEntry> areas() {
        return areas.values();
    }

    public Optional<AreaEntry> area(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    /** Statements and sub-headings in document order (depth first). */
    public Collection<StatementEntry> statements() {
        return statements.values();
    }

    public Optional<StatementEntry> statement(String code) {
        return Optional.ofNullable(statements.get(code));
    }

    public Collection<Section> sections() {
        return sections.values();
    }

    public Collection<UnitEntry> units() {
        return units.values();
    }

    public Optional<UnitEntry> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    public Collection<RoleProfile> roleProfiles() {
        return roleProfiles.values();
    }

    public Optional<RoleProfile> roleProfile(String code) {
        return Optional.ofNullable(roleProfiles.get(code));
    }

    /** The units that cover a statement, in curriculum order. */
    public List<String> unitsCovering(String statementCode) {
        List<String> codes = new ArrayList<>();
        for (UnitEntry entry : units.values()) {
            if (entry.unit().statements().contains(statementCode)) {
                codes.add(entry.unit().code());
            }
        }
        return codes;
    }

    /** The units mapped to an area, in curriculum order. */
    public List<String> unitsOfArea(String areaCode) {
        List<String> codes = new ArrayList<>();
        for (UnitEntry entry : units.values()) {
            if (entry.unit().areas().contains(areaCode)) {
                codes.add(entry.unit().code());
            }
        }
        return codes;
    }

    /** Whether any item of this version has the code (lineage refers to items of every kind). */
    public boolean hasItem(String code) {
        return domains.containsKey(code) || areas.containsKey(code) || statements.containsKey(code)
                || units.containsKey(code) || sections.containsKey(code) || roleProfiles.containsKey(code);
    }
}
