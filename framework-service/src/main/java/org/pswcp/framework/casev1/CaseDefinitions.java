package org.pswcp.framework.casev1;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pswcp.framework.casev1.AssociationType.Grouping;
import org.pswcp.framework.casev1.CaseTypes.CFAssociationGrouping;
import org.pswcp.framework.casev1.CaseTypes.CFConcept;
import org.pswcp.framework.casev1.CaseTypes.CFDefinition;
import org.pswcp.framework.casev1.CaseTypes.CFItemType;
import org.pswcp.framework.casev1.CaseTypes.CFLicense;
import org.pswcp.framework.casev1.CaseTypes.CFSubject;
import org.pswcp.framework.catalogue.CatalogueIds;
import org.pswcp.framework.content.DomainKind;

/**
 * The item types, concepts and other definitions every document shares (CASE's CFDefinitions). They are the same for
 * every version, so their ids and their change date are fixed.
 */
record CaseDefinitions(Map<ItemKind, CFItemType> itemTypes, Map<DomainKind, CFConcept> concepts, CFSubject subject,
        CFLicense licence, Map<Grouping, CFAssociationGrouping> groupings) {

    private static final String CHANGED = "2020-10-01T00:00:00Z";

    /** A kind of domain as a CFConcept. */
    private record Concept(DomainKind kind, String title, String description) {
    }

    /** In the order of their hierarchy codes. */
    private static final List<Concept> CONCEPTS = List.of(
            new Concept(DomainKind.CORE, "Core competences", "Competences every peer support worker needs."),
            new Concept(DomainKind.OPTIONAL, "Optional skills", "Skills a peer support worker may add."),
            new Concept(DomainKind.META, "Meta-competences", "Judgement in applying the other competences."),
            new Concept(DomainKind.ORGANISATIONAL, "Organisational competences",
                    "What organisations need to support the role."));

    static CaseDefinitions of(CaseUris uris) {
        Map<ItemKind, CFItemType> types = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            String id = CatalogueIds.definition("item-type", kind.typeCode).toString();
            types.put(kind, new CFItemType(id, uris.of("CFItemTypes", id), kind.title, kind.description,
                    kind.hierarchyCode(), kind.typeCode, CHANGED));
        }
        Map<DomainKind, CFConcept> concepts = new EnumMap<>(DomainKind.class);
        for (int i = 0; i < CONCEPTS.size(); i++) {
            Concept concept = CONCEPTS.get(i);
            String id = CatalogueIds.definition("concept", concept.kind().name()).toString();
            concepts.put(concept.kind(), new CFConcept(id, uris.of("CFConcepts", id), concept.title(),
                    concept.kind().name().toLowerCase(Locale.ROOT), String.valueOf(i + 1), concept.description(),
                    CHANGED));
        }
        Map<Grouping, CFAssociationGrouping> groupings = new EnumMap<>(Grouping.class);
        for (Grouping grouping : Grouping.values()) {
            String id = CatalogueIds.definition("association-grouping", grouping.code).toString();
            groupings.put(grouping, new CFAssociationGrouping(id, uris.of("CFAssociationGroupings", id),
                    grouping.title, grouping.description, CHANGED));
        }
        String subjectId = CatalogueIds.definition("subject", "mental-health-peer-support").toString();
        String licenceId = CatalogueIds.definition("licence", "source-documents").toString();
        return new CaseDefinitions(types, concepts,
                new CFSubject(subjectId, uris.of("CFSubjects", subjectId), "Mental health peer support", "MH-PSW",
                        "The work of peer support workers in mental health services.", CHANGED),
                new CFLicense(licenceId, uris.of("CFLicenses", licenceId), "Terms of the source documents",
                        "How the framework's text may be used.",
                        "The text of the framework is that of its published documents, which remain the property"
                                + " of their authors and publishers; it is served here as data for use by NHS"
                                + " organisations. Cite the published documents when you reuse it.",
                        CHANGED),
                groupings);
    }

    CFDefinition asDefinition() {
        return new CFDefinition(List.copyOf(concepts.values()), List.of(subject), List.of(licence),
                List.copyOf(itemTypes.values()), List.copyOf(groupings.values()));
    }
}
