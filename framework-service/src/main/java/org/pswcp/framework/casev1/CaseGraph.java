package org.pswcp.framework.casev1;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pswcp.framework.casev1.CaseTypes.CFAssociation;
import org.pswcp.framework.casev1.CaseTypes.CFDocument;
import org.pswcp.framework.casev1.CaseTypes.CFItem;
import org.pswcp.framework.casev1.CaseTypes.CFPackage;
import org.pswcp.framework.casev1.CaseTypes.CFRubric;
import org.pswcp.framework.casev1.CaseTypes.CFRubricCriterion;
import org.pswcp.framework.casev1.CaseTypes.CFRubricCriterionLevel;
import org.pswcp.framework.casev1.CaseTypes.LinkURI;
import org.pswcp.framework.catalogue.CatalogueIds;
import org.pswcp.framework.catalogue.VersionContents.Readable;
import org.pswcp.framework.content.DomainKind;
import org.pswcp.framework.content.FrameworkPackage;
import org.pswcp.framework.content.FrameworkPackage.FrameworkInfo;
import org.pswcp.framework.content.FrameworkPackage.Lineage;
import org.pswcp.framework.content.FrameworkPackage.VersionInfo;
import org.pswcp.framework.content.StatementKind;
import org.pswcp.framework.content.VersionContent;
import org.pswcp.framework.content.VersionContent.StatementEntry;

/**
 * One published framework version as a CASE document: its items (domains, areas, sub-headings, statements, curriculum
 * sections and units), the hierarchy as {@code isChildOf} with sequence numbers, unit coverage as {@code isRelatedTo},
 * lineage to the version that replaced it as {@code exactMatchOf} (same wording) or {@code replacedBy}, and the rating
 * scale as a rubric. Built once per version and kept.
 */
final class CaseGraph {

    /** An item of the version by its kind and code: codes alone repeat across kinds (domain 1, section 1). */
    private record ItemKey(ItemKind kind, String code) {
    }

    /**
     * What the framework says of an item; the rest of its CFItem follows from its kind and its version.
     *
     * @param position its place among its siblings, from 1 (CASE's listEnumeration and sequenceNumber)
     * @param notes null when it has none
     * @param concept the kind of a domain, null for other items
     */
    private record Node(ItemKind kind, String code, String text, int position, String notes, DomainKind concept) {

        Node(ItemKind kind, String code, String text, int position) {
            this(kind, code, text, position, null, null);
        }

        Node withNotes(String notes) {
            return new Node(kind, code, text, position, notes, concept);
        }

        Node withConcept(DomainKind concept) {
            return new Node(kind, code, text, position, notes, concept);
        }

        ItemKey key() {
            return new ItemKey(kind, code);
        }
    }

    private final CaseUris uris;
    private final CaseDefinitions definitions;
    private final Readable version;
    private final String changed;
    private final CFDocument document;
    private final LinkURI documentLink;
    private final Map<ItemKey, CFItem> items = new LinkedHashMap<>();
    private final Map<String, CFItem> itemsById = new HashMap<>();
    private final Map<String, CFAssociation> associations = new LinkedHashMap<>();
    private final CFRubric rubric;

    /**
     * @param successor the published version that replaced this one, if any: lineage points into it
     */
    CaseGraph(CaseUris uris, CaseDefinitions definitions, Readable version, Optional<Readable> successor) {
        this.uris = uris;
        this.definitions = definitions;
        this.version = version;
        this.changed = timestamp(version.version().publishedAt());
        this.document = document(version);
        this.documentLink = document.link();
        addStructure(version.content());
        addCoverage(version.content());
        successor.ifPresent(next -> addLineage(version.content().pkg().lineage(), next));
        this.rubric = rubric(version.content().pkg().ratingScale());
    }

    private CFDocument document(Readable version) {
        FrameworkPackage pkg = version.content().pkg();
        FrameworkInfo framework = pkg.framework();
        VersionInfo described = pkg.version();
        String id = version.version().id().toString();
        String creator = framework.publisher() != null ? framework.publisher() : framework.title();
        String adoptionStatus = "publication".equals(described.stage()) ? "Adopted" : "Draft";
        String statusStartDate = described.issued() == null ? null : described.issued().toString();
        String notes = described.sources() == null || described.sources().isEmpty()
                ? null
                : "Sources: " + String.join("; ", described.sources());
        return CFDocument.inPackage(id, uris.of("CFDocuments", id), creator,
                framework.title() + ": " + described.title(), changed, framework.publisher(),
                framework.description(), definitions.subject(), described.code(), adoptionStatus, statusStartDate,
                definitions.licence(), notes);
    }

    private void addStructure(VersionContent content) {
        for (var domain : content.domains()) {
            add(new Node(ItemKind.DOMAIN, domain.domain().code(), domain.domain().title(), domain.position())
                    .withNotes(domain.domain().description()).withConcept(domain.domain().kind()), documentLink);
        }
        for (var area : content.areas()) {
            add(new Node(ItemKind.AREA, area.area().code(), area.area().title(), area.position())
                    .withNotes(area.area().description()),
                    items.get(new ItemKey(ItemKind.DOMAIN, area.domain().code())).link());
        }
        for (StatementEntry entry : content.statements()) {
            ItemKind kind = entry.statement().kind() == StatementKind.HEADING ? ItemKind.HEADING : ItemKind.STATEMENT;
            CFItem parent = entry.parentCode() != null
                    ? statementItem(entry.parentCode())
                    : items.get(new ItemKey(ItemKind.AREA, entry.area().code()));
            add(new Node(kind, entry.statement().code(), entry.statement().text(), entry.position()), parent.link());
        }
        int position = 0;
        for (var section : content.sections()) {
            add(new Node(ItemKind.SECTION, section.code(), section.title(), ++position)
                    .withNotes(section.description()), documentLink);
        }
        for (var unit : content.units()) {
            List<String> aims = unit.unit().aims();
            add(new Node(ItemKind.UNIT, unit.unit().code(), unit.unit().title(), unit.position())
                    .withNotes(aims.isEmpty() ? null : "Aims: " + String.join(" ", aims)),
                    items.get(new ItemKey(ItemKind.SECTION, unit.section().code())).link());
        }
    }

    private void addCoverage(VersionContent content) {
        for (var unit : content.units()) {
            CFItem unitItem = items.get(new ItemKey(ItemKind.UNIT, unit.unit().code()));
            for (String code : unit.unit().statements()) {
                CFItem statement = statementItem(code);
                if (statement != null) {
                    associate(AssociationType.IS_RELATED_TO, unitItem, statement.link(), null);
                }
            }
        }
    }

    private void addLineage(List<Lineage> lineage, Readable next) {
        VersionContent nextContent = next.content();
        for (Lineage link : lineage) {
            Optional<ItemKey> found = lineageOrigin(link.code());
            if (found.isEmpty()) {
                continue;
            }
            ItemKind kind = found.get().kind();
            CFItem origin = items.get(found.get());
            for (String target : link.becomes()) {
                Optional<String> targetTitle = titleIn(nextContent, kind, target);
                if (targetTitle.isEmpty()) {
                    continue;
                }
                String targetId = CatalogueIds.item(next.frameworkCode(), next.versionCode(), kind.idKind(), target)
                        .toString();
                AssociationType type = targetTitle.get().equals(origin.fullStatement())
                        ? AssociationType.EXACT_MATCH_OF
                        : AssociationType.REPLACED_BY;
                associate(type, origin, new LinkURI(targetTitle.get(), targetId, uris.of("CFItems", targetId)), null);
            }
        }
    }

    private static Optional<String> titleIn(VersionContent content, ItemKind kind, String code) {
        return switch (kind) {
            case DOMAIN -> content.domain(code).map(d -> d.domain().title());
            case AREA -> content.area(code).map(a -> a.area().title());
            case UNIT -> content.unit(code).map(u -> u.unit().title());
            default -> content.statement(code).map(s -> s.statement().text());
        };
    }

    /** Adds the item, a child of its parent in the hierarchy at its position. */
    private void add(Node node, LinkURI parent) {
        String id = CatalogueIds.item(version.frameworkCode(), version.versionCode(), node.kind().idKind(),
                node.code()).toString();
        CFItem item = CFItem.inDocument(id, node.text(), uris.of("CFItems", id), node.code(),
                String.valueOf(node.position()), node.kind().isTitled() ? node.text() : null,
                definitions.itemTypes().get(node.kind()),
                node.concept() == null ? null : definitions.concepts().get(node.concept()), node.notes(), changed);
        items.put(node.key(), item);
        itemsById.put(id, item);
        associate(AssociationType.IS_CHILD_OF, item, parent, node.position());
    }

    private void associate(AssociationType type, CFItem origin, LinkURI destination, Integer sequence) {
        String id = CatalogueIds.association(type.caseName, UUID.fromString(origin.identifier()),
                UUID.fromString(destination.identifier())).toString();
        associations.put(id, CFAssociation.inDocument(id, type.caseName, sequence, uris.of("CFAssociations", id),
                origin.link(), destination, definitions.groupings().get(type.grouping).link(), changed));
    }

    private CFRubric rubric(FrameworkPackage.RatingScale scale) {
        String rubricId = CatalogueIds.item(version.frameworkCode(), version.versionCode(), "rating-scale",
                scale.code()).toString();
        String rubricUri = uris.of("CFRubrics", rubricId);
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
        LinkURI noItem = null;
        CFRubricCriterion criterion = new CFRubricCriterion(criterionId, rubricUri + "#criterion",
                "Competence statement", "How well a worker demonstrates a competence statement of this framework.",
                noItem, 1.0, 1, rubricId, changed, levels);
        return new CFRubric(rubricId, rubricUri, scale.title(),
                "The rating scale assessments of this framework version use.", changed, List.of(criterion));
    }

    CFPackage toPackage() {
        return new CFPackage(document, List.copyOf(items.values()), List.copyOf(associations.values()),
                definitions.asDefinition(), List.of(rubric));
    }

    CFDocument document() {
        return document.standalone(new LinkURI(document.title(), document.identifier(),
                uris.of("CFPackages", document.identifier())));
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

    /** A statement or, failing that, a sub-heading: the two share their codes' space. */
    private CFItem statementItem(String code) {
        CFItem statement = items.get(new ItemKey(ItemKind.STATEMENT, code));
        return statement != null ? statement : items.get(new ItemKey(ItemKind.HEADING, code));
    }

    private Optional<ItemKey> lineageOrigin(String code) {
        return ItemKind.LINEAGE_ORDER.stream().map(kind -> new ItemKey(kind, code)).filter(items::containsKey)
                .findFirst();
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant == null ? Instant.EPOCH : instant);
    }
}
