package org.pswcp.framework.casev1;

/** The CASE association types a framework version uses, each in its grouping. */
enum AssociationType {

    /** Where an item sits: a domain in the document, an area in its domain, a statement under its parent. */
    IS_CHILD_OF("isChildOf", Grouping.HIERARCHY),
    /** A curriculum unit covers a competence statement. */
    IS_RELATED_TO("isRelatedTo", Grouping.COVERAGE),
    /** An item became one of the same wording in the version that replaced its own. */
    EXACT_MATCH_OF("exactMatchOf", Grouping.LINEAGE),
    /** An item became one of other wording in the version that replaced its own. */
    REPLACED_BY("replacedBy", Grouping.LINEAGE);

    /** The CFAssociationGroupings, one per kind of relationship. */
    enum Grouping {

        /** {@link AssociationType#IS_CHILD_OF}. */
        HIERARCHY("hierarchy", "Framework hierarchy",
                "Where each item sits: domains in the document, areas in domains, statements in areas."),
        /** {@link AssociationType#IS_RELATED_TO}. */
        COVERAGE("coverage", "Curriculum coverage", "Which competence statements each curriculum unit covers."),
        /** {@link AssociationType#EXACT_MATCH_OF} and {@link AssociationType#REPLACED_BY}. */
        LINEAGE("lineage", "Version lineage", "What items of one version became in the version that replaced it.");

        final String code;
        final String title;
        final String description;

        Grouping(String code, String title, String description) {
            this.code = code;
            this.title = title;
            this.description = description;
        }
    }

    /** The name CASE gives it ({@code associationType}). */
    final String caseName;
    final Grouping grouping;

    AssociationType(String caseName, Grouping grouping) {
        this.caseName = caseName;
        this.grouping = grouping;
    }
}
