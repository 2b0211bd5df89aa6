package org.pswcp.framework.content;

import java.util.List;

import org.pswcp.framework.content.FrameworkPackage.Area;
import org.pswcp.framework.content.FrameworkPackage.Domain;
import org.pswcp.framework.content.FrameworkPackage.Statement;
import org.pswcp.kit.problem.ResourceNotFoundException;

/** Edits of a draft's package. Packages are values: an edit returns a new one. */
public final class PackageEdits {

    private PackageEdits() {
    }

    /** The package with one statement's (or sub-heading's) text replaced. */
    public static FrameworkPackage reword(FrameworkPackage pkg, String code, String text) {
        if (VersionContent.of(pkg).statement(code).isEmpty()) {
            throw new ResourceNotFoundException("statement", code);
        }
        List<Domain> domains = pkg.domains().stream()
                .map(d -> new Domain(d.code(), d.title(), d.kind(), d.description(), d.areas().stream()
                        .map(a -> new Area(a.code(), a.title(), a.description(), reword(a.statements(), code, text)))
                        .toList()))
                .toList();
        return new FrameworkPackage(pkg.format(), pkg.framework(), pkg.version(), pkg.ratingScale(), domains,
                pkg.curriculum(), pkg.roleProfiles(), pkg.lineage());
    }

    private static List<Statement> reword(List<Statement> statements, String code, String text) {
        return statements.stream()
                .map(s -> new Statement(s.code(), s.kind(), s.code().equals(code) ? text : s.text(),
                        reword(s.children(), code, text)))
                .toList();
    }
}
