package org.pswcp.framework.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pswcp.framework.content.FrameworkPackage.Area;
import org.pswcp.framework.content.FrameworkPackage.Domain;
import org.pswcp.framework.content.FrameworkPackage.Level;
import org.pswcp.framework.content.FrameworkPackage.Section;
import org.pswcp.framework.content.FrameworkPackage.Statement;
import org.pswcp.framework.content.FrameworkPackage.Unit;
import org.pswcp.kit.problem.FieldError;
import org.pswcp.kit.problem.InvalidInputException;

/**
 * The rules a package must keep beyond its schema: codes unique and nested as their items are, and every reference (a
 * unit's areas and statements, a role's areas and levels, lineage) pointing at something that exists. Every breach is
 * reported with its JSON path, so an editor can fix a whole import at once.
 */
public final class PackageRules {

    private PackageRules() {
    }

    /** Throws a 400 naming every field at fault, or returns the indexed content. */
    public static VersionContent check(FrameworkPackage pkg) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> domainCodes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        for (int d = 0; d < pkg.domains().size(); d++) {
            Domain domain = pkg.domains().get(d);
            String path = "domains[" + d + "]";
            unique(domainCodes, domain.code(), path + ".code", errors);
            for (int a = 0; a < domain.areas().size(); a++) {
                Area area = domain.areas().get(a);
                String areaPath = path + ".areas[" + a + "]";
                unique(itemCodes, area.code(), areaPath + ".code", errors);
                nested(area.code(), domain.code(), areaPath + ".code", errors);
                statements(area.statements(), area.code(), areaPath + ".statements", itemCodes, errors);
            }
        }
        Set<String> sectionCodes = new HashSet<>();
        List<Section> sections = pkg.curriculum().sections();
        for (int s = 0; s < sections.size(); s++) {
            unique(sectionCodes, sections.get(s).code(), "curriculum.sections[" + s + "].code", errors);
            for (int u = 0; u < sections.get(s).units().size(); u++) {
                unique(itemCodes, sections.get(s).units().get(u).code(),
                        "curriculum.sections[" + s + "].units[" + u + "].code", errors);
            }
        }
        VersionContent content = VersionContent.of(pkg);
        references(pkg, content, errors);
        scale(pkg.ratingScale().levels(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return content;
    }

    private static void statements(List<Statement> statements, String parent, String listPath, Set<String> codes,
            List<FieldError> errors) {
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            String here = listPath + "[" + i + "]";
            unique(codes, statement.code(), here + ".code", errors);
            nested(statement.code(), parent, here + ".code", errors);
            statements(statement.children(), statement.code(), here + ".children", codes, errors);
        }
    }

    private static void references(FrameworkPackage pkg, VersionContent content, List<FieldError> errors) {
        List<Section> sections = pkg.curriculum().sections();
        for (int s = 0; s < sections.size(); s++) {
            for (int u = 0; u < sections.get(s).units().size(); u++) {
                Unit unit = sections.get(s).units().get(u);
                String path = "curriculum.sections[" + s + "].units[" + u + "]";
                for (int i = 0; i < unit.areas().size(); i++) {
                    if (content.area(unit.areas().get(i)).isEmpty()) {
                        errors.add(new FieldError(path + ".areas[" + i + "]", "is not an area of this version"));
                    }
                }
                for (int i = 0; i < unit.statements().size(); i++) {
                    if (content.statement(unit.statements().get(i)).isEmpty()) {
                        errors.add(new FieldError(path + ".statements[" + i + "]",
                                "is not a statement of this version"));
                    }
                }
            }
        }
        Set<String> roles = new HashSet<>();
        Set<String> levels = new HashSet<>();
        pkg.ratingScale().levels().forEach(l -> levels.add(l.code()));
        for (int r = 0; r < pkg.roleProfiles().size(); r++) {
            var role = pkg.roleProfiles().get(r);
            unique(roles, role.code(), "roleProfiles[" + r + "].code", errors);
            for (int i = 0; i < role.requirements().size(); i++) {
                var requirement = role.requirements().get(i);
                String path = "roleProfiles[" + r + "].requirements[" + i + "]";
                if (content.area(requirement.area()).isEmpty()) {
                    errors.add(new FieldError(path + ".area", "is not an area of this version"));
                }
                if (!levels.contains(requirement.level())) {
                    errors.add(new FieldError(path + ".level", "is not a level of the rating scale"));
                }
            }
        }
        for (int i = 0; i < pkg.lineage().size(); i++) {
            if (!content.hasItem(pkg.lineage().get(i).code())) {
                errors.add(new FieldError("lineage[" + i + "].code", "is not an item of this version"));
            }
        }
    }

    private static void scale(List<Level> levels, List<FieldError> errors) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            unique(codes, levels.get(i).code(), "ratingScale.levels[" + i + "].code", errors);
            if (i > 0 && levels.get(i).value() <= levels.get(i - 1).value()) {
                errors.add(new FieldError("ratingScale.levels[" + i + "].value",
                        "must be greater than the value of the level before"));
            }
        }
    }

    private static void unique(Set<String> seen, String code, String path, List<FieldError> errors) {
        if (!seen.add(code)) {
            errors.add(new FieldError(path, "is used twice in this version"));
        }
    }

    /** An area's code starts with its domain's, a statement's with its parent's: 2.5 in 2, 2.5.1 in 2.5. */
    private static void nested(String code, String parent, String path, List<FieldError> errors) {
        if (!code.startsWith(parent + ".")) {
            errors.add(new FieldError(path, "must start with '" + parent + ".', the code of the item it belongs to"));
        }
    }
}
