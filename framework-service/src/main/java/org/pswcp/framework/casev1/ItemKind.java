package org.pswcp.framework.casev1;

import java.util.List;

/**
 * The kinds of item a framework version has in CASE, each a CFItemType, in the order of their hierarchy codes. A
 * sub-heading is a statement the framework does not rate: it shares the statements' ids.
 */
enum ItemKind {

    /** The top of the map: core, optional, meta or organisational. */
    DOMAIN("domain", "Domain", "A domain of the competence map."),
    /** A domain's competence areas, which assessments rate. */
    AREA("area", "Competence area", "A competence area of a domain."),
    /** A statement that only groups the statements under it. */
    HEADING("heading", "Sub-heading", "A sub-heading that groups competence statements."),
    /** What a worker is able to do. */
    STATEMENT("statement", "Competence statement",
            "A competence statement: a high-level one, or one that makes its parent concrete."),
    /** The curriculum's top level. */
    SECTION("section", "Curriculum section", "A section of the curriculum."),
    /** A section's units, each covering competence statements. */
    UNIT("unit", "Curriculum unit", "A unit of the curriculum, covering competence statements.");

    /** Where lineage looks for an item by its code, first match first. */
    static final List<ItemKind> LINEAGE_ORDER = List.of(DOMAIN, AREA, UNIT, STATEMENT, HEADING);

    final String typeCode;
    final String title;
    final String description;

    ItemKind(String typeCode, String title, String description) {
        this.typeCode = typeCode;
        this.title = title;
        this.description = description;
    }

    String hierarchyCode() {
        return String.valueOf(ordinal() + 1);
    }

    /** The kind the item's id is made of ({@link org.pswcp.framework.catalogue.CatalogueIds#item}). */
    String idKind() {
        return this == HEADING ? STATEMENT.typeCode : typeCode;
    }

    /** Whether the item's text is a title short enough to be its abbreviatedStatement too. */
    boolean isTitled() {
        return this == DOMAIN || this == AREA || this == SECTION || this == UNIT;
    }
}
