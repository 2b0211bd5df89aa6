package org.pswcp.framework.catalogue;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.framework.catalogue.CatalogueDtos.VersionView;
import org.pswcp.framework.catalogue.VersionContents.Readable;
import org.pswcp.framework.content.DomainKind;
import org.pswcp.framework.content.FrameworkPackage;
import org.pswcp.framework.content.FrameworkPackage.Area;
import org.pswcp.framework.content.FrameworkPackage.RoleProfile;
import org.pswcp.framework.content.FrameworkPackage.Statement;
import org.pswcp.framework.content.StatementKind;
import org.pswcp.framework.content.VersionContent;
import org.pswcp.framework.content.VersionContent.AreaEntry;
import org.pswcp.framework.content.VersionContent.DomainEntry;
import org.pswcp.framework.content.VersionContent.StatementEntry;
import org.pswcp.framework.content.VersionContent.UnitEntry;

/** How a version's content reads through the API: every item with its stable id and its human code. */
public final class ContentViews {

    private ContentViews() {
    }

    @Schema(name = "VersionTree",
            description = "A whole framework version: domains, areas and nested statements, the curriculum, role profiles and the rating scale.")
    public record TreeView(VersionView version, FrameworkPackage.RatingScale ratingScale, List<DomainNode> domains,
            List<SectionNode> curriculum, List<RoleProfileView> roleProfiles) {
    }

    @Schema(name = "DomainNode")
    public record DomainNode(UUID id, @Schema(example = "2") String code,
            @Schema(example = "Knowledge for peer support workers") String title, DomainKind kind, String description,
            List<AreaNode> areas) {
    }

    @Schema(name = "AreaNode")
    public record AreaNode(UUID id, @Schema(example = "2.5") String code, String title, String description,
            @Schema(description = "Codes of the curriculum units mapped to the area.",
                    example = "[\"UNIT 1.6\"]") List<String> units,
            List<StatementNode> statements) {
    }

    @Schema(name = "StatementNode", description = "A statement or sub-heading with the statements under it.")
    public record StatementNode(UUID id, @Schema(example = "2.5.2.3") String code, StatementKind kind, String text,
            List<StatementNode> children) {
    }

    @Schema(name = "SectionNode")
    public record SectionNode(UUID id, @Schema(example = "1") String code, String title, String description,
            List<UnitView> units) {
    }

    @Schema(name = "Domain", description = "A domain of the competence map.")
    public record DomainView(UUID id, @Schema(example = "2") String code,
            @Schema(example = "Knowledge for peer support workers") String title, DomainKind kind, String description,
            @Schema(description = "Codes of its competence areas.") List<String> areas) {
    }

    @Schema(name = "CompetenceArea", description = "A competence area. Its statements come when it is read on its own.")
    public record AreaView(UUID id, @Schema(example = "2.5") String code,
            @Schema(example = "Knowledge of, and ability to work with, issues of confidentiality, consent and information sharing") String title,
            String description, @Schema(example = "2") String domain,
            @Schema(description = "Codes of the curriculum units mapped to the area.") List<String> units,
            List<StatementNode> statements) {
    }

    @Schema(name = "CompetenceStatement", description = "A statement or sub-heading in its place in the framework.")
    public record StatementView(UUID id, @Schema(example = "2.5.2.3") String code, StatementKind kind,
            @Schema(example = "An ability to draw on knowledge that individuals have a right to withdraw or limit consent at any time:") String text,
            @Schema(example = "2.5") String area, @Schema(example = "2") String domain,
            @Schema(description = "Code of the statement or sub-heading it belongs to; absent at the top of an area.",
                    example = "2.5.2") String parent,
            @Schema(description = "1 at the top of an area.") int depth,
            @Schema(description = "Position among its siblings, from 1.") int position,
            @Schema(description = "Codes of the statements under it.") List<String> children,
            @Schema(description = "Codes of the curriculum units that cover it.") List<String> units) {
    }

    @Schema(name = "CurriculumUnit",
            description = "A unit of the curriculum, with the areas it maps to and the statements it covers.")
    public record UnitView(UUID id, @Schema(example = "UNIT 1.6") String code, String title,
            @Schema(example = "1") String section, List<String> aims,
            @Schema(description = "Codes of the competence areas the unit maps to.",
                    example = "[\"2.5\"]") List<String> areas,
            @Schema(description = "Codes of the statements the unit covers.") List<String> statements) {
    }

    @Schema(name = "RoleProfile", description = "What a role requires: competence areas and the level each needs.")
    public record RoleProfileView(UUID id, @Schema(example = "senior-psw") String code,
            @Schema(example = "Senior peer support worker") String title, String description,
            List<RequirementView> requirements) {
    }

    @Schema(name = "RoleRequirement")
    public record RequirementView(@Schema(example = "6.2") String area, String areaTitle,
            @Schema(example = "can-support-others") String level,
            @Schema(example = "Can support others") String levelLabel) {
    }

    static TreeView tree(Readable version) {
        VersionContent content = version.content();
        FrameworkPackage pkg = content.pkg();
        Ids ids = new Ids(version);
        return new TreeView(version.version(), pkg.ratingScale(),
                pkg.domains().stream().map(d -> new DomainNode(ids.of("domain", d.code()), d.code(), d.title(),
                        d.kind(), d.description(),
                        d.areas().stream().map(a -> new AreaNode(ids.of("area", a.code()), a.code(), a.title(),
                                a.description(), content.unitsOfArea(a.code()), nodes(a.statements(), ids)))
                                .toList()))
                        .toList(),
                pkg.curriculum().sections().stream().map(s -> new SectionNode(ids.of("section", s.code()), s.code(),
                        s.title(), s.description(),
                        s.units().stream().map(u -> unit(content.unit(u.code()).orElseThrow(), ids)).toList()))
                        .toList(),
                content.roleProfiles().stream().map(r -> roleProfile(r, content, ids)).toList());
    }

    static DomainView domain(DomainEntry entry, Readable version) {
        var d = entry.domain();
        return new DomainView(new Ids(version).of("domain", d.code()), d.code(), d.title(), d.kind(), d.description(),
                d.areas().stream().map(Area::code).toList());
    }

    static AreaView area(AreaEntry entry, Readable version, boolean withStatements) {
        Area a = entry.area();
        Ids ids = new Ids(version);
        return new AreaView(ids.of("area", a.code()), a.code(), a.title(), a.description(), entry.domain().code(),
                version.content().unitsOfArea(a.code()), withStatements ? nodes(a.statements(), ids) : null);
    }

    static StatementView statement(StatementEntry entry, Readable version) {
        Statement s = entry.statement();
        return new StatementView(new Ids(version).of("statement", s.code()), s.code(), s.kind(), s.text(),
                entry.area().code(), entry.domain().code(), entry.parentCode(), entry.depth(), entry.position(),
                s.children().stream().map(Statement::code).toList(), version.content().unitsCovering(s.code()));
    }

    static UnitView unit(UnitEntry entry, Readable version) {
        return unit(entry, new Ids(version));
    }

    static RoleProfileView roleProfile(RoleProfile role, Readable version) {
        return roleProfile(role, version.content(), new Ids(version));
    }

    private static UnitView unit(UnitEntry entry, Ids ids) {
        var u = entry.unit();
        return new UnitView(ids.of("unit", u.code()), u.code(), u.title(), entry.section().code(), u.aims(), u.areas(),
                u.statements());
    }

    private static RoleProfileView roleProfile(RoleProfile role, VersionContent content, Ids ids) {
        return new RoleProfileView(ids.of("role-profile", role.code()), role.code(), role.title(), role.description(),
                role.requirements().stream().map(r -> new RequirementView(r.area(),
                        content.area(r.area()).map(a -> a.area().title()).orElse(null), r.level(),
                        content.pkg().ratingScale().levels().stream().filter(l -> l.code().equals(r.level()))
                                .map(FrameworkPackage.Level::label).findFirst().orElse(null)))
                        .toList());
    }

    private static List<StatementNode> nodes(List<Statement> statements, Ids ids) {
        return statements.stream().map(s -> new StatementNode(ids.of("statement", s.code()), s.code(), s.kind(),
                s.text(), nodes(s.children(), ids))).toList();
    }

    /** Stable ids of one version's items. */
    private record Ids(String framework, String version) {

        Ids(Readable readable) {
            this(readable.frameworkCode(), readable.versionCode());
        }

        UUID of(String kind, String code) {
            return CatalogueIds.item(framework, version, kind, code);
        }
    }
}
