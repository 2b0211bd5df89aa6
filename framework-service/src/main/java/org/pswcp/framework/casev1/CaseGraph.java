package org.pswcp.framework.casev1;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pswcp.framework.casev1.CaseTypes.CFAssociation;
import org.pswcp.framework.casev1.CaseTypes.CFAssociationGrouping;
import org.pswcp.framework.casev1.CaseTypes.CFConcept;
import org.pswcp.framework.casev1.CaseTypes.CFDefinition;
import org.pswcp.framework.casev1.CaseTypes.CFDocument;
import org.pswcp.framework.casev1.CaseTypes.CFItem;
import org.pswcp.framework.casev1.CaseTypes.CFItemType;
import org.pswcp.framework.casev1.CaseTypes.CFLicense;
import org.pswcp.framework.casev1.CaseTypes.CFPackage;
import org.pswcp.framework.casev1.CaseTypes.CFRubric;
import org.pswcp.framework.casev1.CaseTypes.CFRubricCriterion;
import org.pswcp.framework.casev1.CaseTypes.CFRubricCriterionLevel;
import org.pswcp.framework.casev1.CaseTypes.CFSubject;
import org.pswcp.framework.casev1.CaseTypes.LinkURI;
import org.pswcp.framework.catalogue.CatalogueIds;
import org.pswcp.framework.catalogue.VersionContents.Readable;
import org.pswcp.framework.content.DomainKind;
import org.pswcp.framework.content.FrameworkPackage;
import org.pswcp.framework.content.FrameworkPackage.Lineage;
import org.pswcp.framework.content.VersionContent;
import org.pswcp.framework.content.VersionContent.StatementEntry;

/**
 * One published framework version as a CASE document: its items (domains, areas, sub-headings, statements, curriculum
 * sections and units), the hierarchy as {@code isChildOf} with sequence numbers, unit coverage as {@code isRelatedTo},
 * lineage to the version that replaced it as {@code exactMatchOf} (same wording) or {@code replacedBy}, and the rating
 * scale as a rubric. Built once per version and kept.
 */
final class CaseGraph {

    static final String PATH = "/ims/case/v1p0";

    /** The item types, concepts and other definitions every document shares. */
    record Definitions(Map<String, CFItemType> itemTypes, Map<DomainKind, CFConcept> concepts, CFSubject subject,
            CFLicense licence, CFAssociationGrouping hierarchy, CFAssociationGrouping coverage,
            CFAssociationGrouping lineage) {

        static Definitions of(String base) {
            String changed = "2020-10-01T00:00:00Z";
            Map<String, CFItemType> types = new LinkedHashMap<>();
            String[][] typeRows = {
                    {"domain", "Domain", "A domain of the competence map.", "1"},
                    {"area", "Competence area", "A competence area of a domain.", "2"},
                    {"heading", "Sub-heading", "A sub-heading that groups competence statements.", "3"},
                    {"statement", "Competence statement",
                            "A competence statement: a high-level one, or one that makes its parent concrete.", "4"},
                    {"section", "Curriculum section", "A section of the curriculum.", "5"},
                    {"unit", "Curriculum unit", "A unit of the curriculum, covering competence statements.", "6"}};
            for (String[] row : typeRows) {
                String id = CatalogueIds.definition("item-type", row[0]).toString();
                types.put(row[0], new CFItemType(id, base + PATH + "/CFItemTypes/" + id, row[1], row[2], row[3],
                        row[0], changed));
            }
            Map<DomainKind, CFConcept> concepts = new LinkedHashMap<>();
            String[][] conceptRows = {
                    {"CORE", "Core competences", "Competences every peer support worker needs."},
                    {"OPTIONAL", "Optional skills", "Skills a peer support worker may add."},
                    {"META", "Meta-competences", "Judgement in applying the other competences."},
                    {"ORGANISATIONAL", "Organisational competences", "What organisations need to support the role."}};
            int position = 0;
            for (String[] row : conceptRows) {
                String id = CatalogueIds.definition("concept", row[0]).toString();
                concepts.put(DomainKind.valueOf(row[0]), new CFConcept(id, base + PATH + "/CFConcepts/" + id, row[1],
                        row[0].toLowerCase(java.util.Locale.ROOT), String.valueOf(++position), row[2], changed));
            }
            String subjectId = CatalogueIds.definition("subject", "mental-health-peer-support").toString();
            String licenceId = CatalogueIds.definition("licence", "source-documents").toString();
            return new Definitions(types, concepts,
                    new CFSubject(subjectId, base + PATH + "/CFSubjects/" + subjectId, "Mental health peer support",
                            "MH-PSW", "The work of peer support workers in mental health services.", changed),
                    new CFLicense(licenceId, base + PATH + "/CFLicenses/" + licenceId, "Terms of the source documents",
                            "How the framework's text may be used.",
                            "The text of the framework is that of its published documents, which remain the property"
                                    + " of their authors and publishers; it is served here as data for use by NHS"
                                    + " organisations. Cite the published documents when you reuse it.",
                            changed),
                    grouping(base, "hierarchy", "Framework hierarchy",
                            "Where each item sits: domains in the document, areas in domains, statements in areas."),
                    grouping(base, "coverage", "Curriculum coverage",
                            "Which competence statements each curriculum unit covers."),
                    grouping(base, "lineage", "Version lineage",
                            "What items of one version became in the version that replaced it."));
        }

        private static CFAssociationGrouping grouping(String base, String code, String title, String description) {
            String id = CatalogueIds.definition("association-grouping", code).toString();
            return new CFAssociationGrouping(id, base + PATH + "/CFAssociationGroupings/" + id, title, description,
                    "2020-10-01T00:00:00Z");
        }

        CFDefinition asDefinition() {
            return new CFDefinition(List.copyOf(concepts.values()), List.of(subject), List.of(licence),
                    List.copyOf(itemTypes.values()), List.of(hierarchy, coverage, lineage));
        }
    }

    private final String base;
    private final Definitions definitions;
    private final Readable version;
    private final String changed;
    private final CFDocument document;
    private final LinkURI documentLink;
    private final Map<String, CFItem> items = new LinkedHashMap<>();
    private final Map<String, CFItem> itemsById = new java.util.HashMap<>();
    private final Map<String, CFAssociation> associations = new LinkedHashMap<>();
    private final CFRubric rubric;

    /**
     * @param successor the published version that replaced this one, if any: lineage points into it
     */
    CaseGraph(String base, Definitions definitions, Readable version, Optional<Readable> successor) {
        this.base = base;
        this.definitions = definitions;
        this.version = version;
        this.changed = timestamp(version.version().publishedAt());
        FrameworkPackage pkg = version.content().pkg();
        String id = version.version().id().toString();
        String title = pkg.framework().title() + ": " + pkg.version().title();
        this.documentLink = new LinkURI(title, id, uri("CFDocuments", id));
        this.document = new CFDocument(id, documentLink.uri(),
                pkg.framework().publisher() != null ? pkg.framework().publisher() : pkg.framework().title(), title,
                changed, null, pkg.framework().publisher(), pkg.framework().description(),
                List.of(definitions.subject().title()),
                List.of(new LinkURI(definitions.subject().title(), definitions.subject().identifier(),
                        definitions.subject().uri())),
                "en", pkg.version().code(), "publication".equals(pkg.version().stage()) ? "Adopted" : "Draft",
                pkg.version().issued() == null ? null : pkg.version().issued().toString(), null,
                new LinkURI(definitions.licence().title(), definitions.licence().identifier(),
                        definitions.licence().uri()),
                pkg.version().sources() == null || pkg.version().sources().isEmpty()
                        ? null
                        : "Sources: " + String.join("; ", pkg.version().sources()),
                null);
        addStructure(version.content());
        addCoverage(version.content());
        successor.ifPresent(next -> addLineage(pkg.lineage(), next));
        this.rubric = rubric(pkg.ratingScale());
    }

    private void addStructure(VersionContent content) {
        for (var domain : content.domains()) {
            CFItem item = item("domain", domain.domain().code(), domain.domain().title(),
                    String.valueOf(domain.position()), domain.domain().description(), domain.domain().kind());
            child(item, documentLink, domain.position());
        }
        for (var area : content.areas()) {
            CFItem item = item("area", area.area().code(), area.area().title(), String.valueOf(area.position()),
                    area.area().description(), null);
            child(item, link(items.get(key("domain", area.domain().code()))), area.position());
        }
        for (StatementEntry entry : content.statements()) {
            String type = entry.statement().kind() == org.pswcp.framework.content.StatementKind.HEADING
                    ? "heading"
                    : "statement";
            CFItem item = item(type, entry.statement().code(), entry.statement().text(),
                    String.valueOf(entry.position()), null, null);
            CFItem parent = entry.parentCode() != null
                    ? statementItem(entry.parentCode())
                    : items.get(key("area", entry.area().code()));
            child(item, link(parent), entry.position());
        }
        int s = 0;
        for (var section : content.sections()) {
            CFItem sectionItem = item("section", section.code(), section.title(), String.valueOf(++s),
                    section.description(), null);
            child(sectionItem, documentLink, s);
        }
        for (var unit : content.units()) {
            CFItem item = item("unit", unit.unit().code(), unit.unit().title(), String.valueOf(unit.position()),
                    unit.unit().aims().isEmpty() ? null : "Aims: " + String.join(" ", unit.unit().aims()), null);
            child(item, link(items.get(key("section", unit.section().code()))), unit.position());
        }
    }

    private void addCoverage(VersionContent content) {
        for (var unit : content.units()) {
            CFItem unitItem = items.get(key("unit", unit.unit().code()));
            for (String code : unit.unit().statements()) {
                CFItem statement = statementItem(code);
                if (statement != null) {
                    associate("isRelatedTo", unitItem, link(statement), null, definitions.coverage());
                }
            }
        }
    }

    private void addLineage(List<Lineage> lineage, Readable next) {
        VersionContent nextContent = next.content();
        for (Lineage link : lineage) {
            CFItem origin = anyItem(link.code());
            if (origin == null) {
                continue;
            }
            String kind = kindOf(origin);
            for (String target : link.becomes()) {
                Optional<String> targetTitle = titleIn(nextContent, kind, target);
                if (targetTitle.isEmpty()) {
                    continue;
                }
                String targetId = CatalogueIds.item(next.frameworkCode(), next.versionCode(), kind, target)
                        .toString();
                String type = targetTitle.get().equals(origin.fullStatement()) ? "exactMatchOf" : "replacedBy";
                associate(type, origin, new LinkURI(targetTitle.get(), targetId, uri("CFItems", targetId)), null,
                        definitions.lineage());
            }
        }
    }

    private static Optional<String> titleIn(VersionContent content, String kind, String code) {
        return switch (kind) {
            case "domain" -> content.domain(code).map(d -> d.domain().title());
            case "area" -> content.area(code).map(a -> a.area().title());
            case "unit" -> content.unit(code).map(u -> u.unit().title());
            default -> content.statement(code).map(s -> s.statement().text());
        };
    }

    private CFItem item(String type, String code, String text, String enumeration, String notes, DomainKind kind) {
        String kindOfId = type.equals("heading") ? "statement" : type;
        String id = CatalogueIds.item(version.frameworkCode(), version.versionCode(), kindOfId, code).toString();
        CFItemType itemType = definitions.itemTypes().get(type);
        CFConcept concept = kind == null ? null : definitions.concepts().get(kind);
        CFItem item = new CFItem(id, text, null, itemType.title(), uri("CFItems", id), code, enumeration,
                type.equals("domain") || type.equals("area") || type.equals("section") || type.equals("unit")
                        ? text
                        : null,
                concept == null ? null : List.of(concept.keywords()),
                concept == null ? null : new LinkURI(concept.title(), concept.identifier(), concept.uri()),
                notes, "en", new LinkURI(itemType.title(), itemType.identifier(), itemType.uri()),
                null, changed, null);
        items.put(key(type, code), item);
        itemsById.put(id, item);
        return item;
    }

    private void child(CFItem item, LinkURI parent, int sequence) {
        associate("isChildOf", item, parent, sequence, definitions.hierarchy());
    }

    private void associate(String type, CFItem origin, LinkURI destination, Integer sequence,
            CFAssociationGrouping grouping) {
        String id = CatalogueIds.association(type, UUID.fromString(origin.identifier()),
                UUID.fromString(destination.identifier())).toString();
        associations.put(id, new CFAssociation(id, type, sequence, uri("CFAssociations", id), link(origin),
                destination, new LinkURI(grouping.title(), grouping.identifier(), grouping.uri()), changed, null));
    }

    private CFRubric rubric(FrameworkPackage.RatingScale scale) {
        String rubricId = CatalogueIds.item(version.frameworkCode(), version.versionCode(), "rating-scale",
                scale.code()).toString();
        String rubricUri = uri("CFRubrics", rubricId);
        String criterionId = CatalogueIds.item(version.frameworkCode(), version.versionCode(), "rating-criterion",
                scale.code()).toString();
        List<CFRubricCriterionLevel> levels = new ArrayList<>();
        for (var level : scale.levels()) {
            String levelId = CatalogueIds.item(version.frameworkCode(), version.versionCode(), "rating-level",
                    scale.code() + "/" + level.code()).toString();
            levels.add(new CFRubricCriterionLevel(levelId, rubricUri + "#level-" + level.code(),
                    level.description(), level.label(), (double) level.value(),
                    level.met() ? "Counts as met." : "Does not count as met yet.", level.value(), criterionId,
                    changed));
        }
        CFRubricCriterion criterion = new CFRubricCriterion(criterionId, rubricUri + "#criterion",
                "Competence statement", "How well a worker demonstrates a competence statement of this framework.",
                null, 1.0, 1, rubricId, changed, levels);
        return new CFRubric(rubricId, rubricUri, scale.title(),
                "The rating scale assessments of this framework version use.", changed, List.of(criterion));
    }

    CFPackage toPackage() {
        return new CFPackage(document, List.copyOf(items.values()), List.copyOf(associations.values()),
                definitions.asDefinition(), List.of(rubric));
    }

    CFDocument document() {
        return document.standalone(new LinkURI(document.title(), document.identifier(),
                uri("CFPackages", document.identifier())));
    }

    LinkURI documentLink() {
        return documentLink;
    }

    Optional<CFItem> item(String identifier) {
        return Optional.ofNullable(itemsById.get(identifier)).map(i -> i.standalone(documentLink));
    }

    Optional<CFAssociation> association(String identifier) {
        return Optional.ofNullable(associations.get(identifier)).map(a -> a.standalone(documentLink));
    }

    /** Every association in which the item is the origin or the destination. */
    List<CFAssociation> associationsOf(String identifier) {
        return associations.values().stream()
                .filter(a -> a.originNodeURI().identifier().equals(identifier)
                        || a.destinationNodeURI().identifier().equals(identifier))
                .toList();
    }

    Optional<CFRubric> rubric(String identifier) {
        return rubric.identifier().equals(identifier) ? Optional.of(rubric) : Optional.empty();
    }

    Instant publishedAt() {
        return version.version().publishedAt();
    }

    private CFItem statementItem(String code) {
        CFItem statement = items.get(key("statement", code));
        return statement != null ? statement : items.get(key("heading", code));
    }

    private CFItem anyItem(String code) {
        for (String type : List.of("domain", "area", "unit", "statement", "heading")) {
            CFItem item = items.get(key(type, code));
            if (item != null) {
                return item;
            }
        }
        return null;
    }

    private String kindOf(CFItem item) {
        return items.entrySet().stream().filter(e -> e.getValue() == item).findFirst()
                .map(e -> e.getKey().substring(0, e.getKey().indexOf(':')))
                .map(type -> type.equals("heading") ? "statement" : type).orElse("statement");
    }

    private static LinkURI link(CFItem item) {
        return new LinkURI(item.fullStatement(), item.identifier(), item.uri());
    }

    private String uri(String collection, String id) {
        return base + PATH + "/" + collection + "/" + id;
    }

    private static String key(String type, String code) {
        return type + ":" + code;
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant == null ? Instant.EPOCH : instant);
    }
}
