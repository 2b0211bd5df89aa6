package org.pswcp.framework.casev1;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The 1EdTech CASE 1.0 data model, with the specification's field names. One record serves an object both inside a
 * CFPackage and on its own: the link back to its document or package is present only on its own.
 */
public final class CaseTypes {

    private CaseTypes() {
    }

    @Schema(name = "CASE.LinkURI")
    public record LinkURI(@Schema(examples = "Knowledge of mental health and mental health services") String title,
            @Schema(format = "uuid") String identifier, @Schema(format = "uri") String uri) {
    }

    /** An object that others point at with a {@link LinkURI}: its title, identifier and uri. */
    interface Linked {

        String title();

        String identifier();

        String uri();

        default LinkURI link() {
            return new LinkURI(title(), identifier(), uri());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"identifier", "uri", "creator", "title", "lastChangeDateTime", "officialSourceURL",
            "publisher", "description", "subject", "subjectURI", "language", "version", "adoptionStatus",
            "statusStartDate", "statusEndDate", "licenseURI", "notes", "CFPackageURI"})
    @Schema(name = "CASE.CFDocument")
    public record CFDocument(@Schema(format = "uuid") String identifier, @Schema(format = "uri") String uri,
            @Schema(examples = "National Collaborating Centre for Mental Health") String creator,
            @Schema(examples = "Competence Framework for Mental Health Peer Support Workers") String title,
            @Schema(format = "date-time") String lastChangeDateTime, String officialSourceURL, String publisher,
            String description, List<String> subject,
            List<LinkURI> subjectURI, String language, String version, String adoptionStatus, String statusStartDate,
            String statusEndDate, LinkURI licenseURI, String notes,
            @JsonProperty("CFPackageURI") LinkURI CFPackageURI) implements Linked {

        /**
         * A document as its package holds it: in English, about one subject, without an official source URL or an end
         * to its status, and without the link to its package that it carries on its own.
         */
        static CFDocument inPackage(String identifier, String uri, String creator, String title,
                String lastChangeDateTime, String publisher, String description, CFSubject subject, String version,
                String adoptionStatus, String statusStartDate, CFLicense licence, String notes) {
            return new CFDocument(identifier, uri, creator, title, lastChangeDateTime, null, publisher, description,
                    List.of(subject.title()), List.of(subject.link()), "en", version, adoptionStatus, statusStartDate,
                    null, licence.link(), notes, null);
        }

        CFDocument standalone(LinkURI packageUri) {
            return new CFDocument(identifier, uri, creator, title, lastChangeDateTime, officialSourceURL, publisher,
                    description, subject, subjectURI, language, version, adoptionStatus, statusStartDate,
                    statusEndDate, licenseURI, notes, packageUri);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"identifier", "fullStatement", "alternativeLabel", "CFItemType", "uri", "humanCodingScheme",
            "listEnumeration", "abbreviatedStatement", "conceptKeywords", "conceptKeywordsURI", "notes", "language",
            "CFItemTypeURI", "licenseURI", "lastChangeDateTime", "CFDocumentURI"})
    @Schema(name = "CASE.CFItem")
    public record CFItem(@Schema(format = "uuid") String identifier,
            @Schema(examples = "An ability to draw on knowledge that individuals have a right to withdraw or limit consent at any time") String fullStatement,
            String alternativeLabel,
            @JsonProperty("CFItemType") @Schema(examples = "Competence statement") String CFItemType,
            @Schema(format = "uri") String uri, @Schema(examples = "2.5.2.3") String humanCodingScheme,
            String listEnumeration, String abbreviatedStatement, List<String> conceptKeywords,
            LinkURI conceptKeywordsURI, String notes, String language,
            @JsonProperty("CFItemTypeURI") LinkURI CFItemTypeURI, LinkURI licenseURI,
            @Schema(format = "date-time") String lastChangeDateTime,
            @JsonProperty("CFDocumentURI") LinkURI CFDocumentURI) {

        /**
         * An item as its document holds it: in English, without an alternative label, without a licence of its own (the
         * document's covers it) and without the link back to the document that it carries on its own.
         *
         * @param concept the concept of a domain, null for other items
         */
        static CFItem inDocument(String identifier, String fullStatement, String uri, String humanCodingScheme,
                String listEnumeration, String abbreviatedStatement, CFItemType type, CFConcept concept, String notes,
                String lastChangeDateTime) {
            return new CFItem(identifier, fullStatement, null, type.title(), uri, humanCodingScheme, listEnumeration,
                    abbreviatedStatement, concept == null ? null : List.of(concept.keywords()),
                    concept == null ? null : concept.link(), notes, "en", type.link(), null, lastChangeDateTime,
                    null);
        }

        CFItem standalone(LinkURI documentUri) {
            return new CFItem(identifier, fullStatement, alternativeLabel, CFItemType, uri, humanCodingScheme,
                    listEnumeration, abbreviatedStatement, conceptKeywords, conceptKeywordsURI, notes, language,
                    CFItemTypeURI, licenseURI, lastChangeDateTime, documentUri);
        }

        LinkURI link() {
            return new LinkURI(fullStatement, identifier, uri);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"identifier", "associationType", "sequenceNumber", "uri", "originNodeURI",
            "destinationNodeURI", "CFAssociationGroupingURI", "lastChangeDateTime", "CFDocumentURI"})
    @Schema(name = "CASE.CFAssociation")
    public record CFAssociation(@Schema(format = "uuid") String identifier,
            @Schema(examples = "isChildOf") String associationType, Integer sequenceNumber,
            @Schema(format = "uri") String uri,
            LinkURI originNodeURI, LinkURI destinationNodeURI,
            @JsonProperty("CFAssociationGroupingURI") LinkURI CFAssociationGroupingURI,
            @Schema(format = "date-time") String lastChangeDateTime,
            @JsonProperty("CFDocumentURI") LinkURI CFDocumentURI) {

        /** An association as its document holds it, without the link back to the document it carries on its own. */
        static CFAssociation inDocument(String identifier, String associationType, Integer sequenceNumber, String uri,
                LinkURI origin, LinkURI destination, LinkURI grouping, String lastChangeDateTime) {
            return new CFAssociation(identifier, associationType, sequenceNumber, uri, origin, destination, grouping,
                    lastChangeDateTime, null);
        }

        CFAssociation standalone(LinkURI documentUri) {
            return new CFAssociation(identifier, associationType, sequenceNumber, uri, originNodeURI,
                    destinationNodeURI, CFAssociationGroupingURI, lastChangeDateTime, documentUri);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CASE.CFItemType")
    public record CFItemType(@Schema(format = "uuid") String identifier, @Schema(format = "uri") String uri,
            String title, String description, String hierarchyCode,
            String typeCode, @Schema(format = "date-time") String lastChangeDateTime) implements Linked {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CASE.CFConcept")
    public record CFConcept(@Schema(format = "uuid") String identifier, @Schema(format = "uri") String uri,
            String title, String keywords, String hierarchyCode,
            String description, @Schema(format = "date-time") String lastChangeDateTime) implements Linked {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CASE.CFSubject")
    public record CFSubject(@Schema(format = "uuid") String identifier, @Schema(format = "uri") String uri,
            String title, String hierarchyCode, String description,
            @Schema(format = "date-time") String lastChangeDateTime) implements Linked {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CASE.CFLicense")
    public record CFLicense(@Schema(format = "uuid") String identifier, @Schema(format = "uri") String uri,
            String title, String description, String licenseText,
            @Schema(format = "date-time") String lastChangeDateTime) implements Linked {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CASE.CFAssociationGrouping")
    public record CFAssociationGrouping(@Schema(format = "uuid") String identifier, @Schema(format = "uri") String uri,
            String title, String description,
            @Schema(format = "date-time") String lastChangeDateTime) implements Linked {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"CFConcepts", "CFSubjects", "CFLicenses", "CFItemTypes", "CFAssociationGroupings"})
    @Schema(name = "CASE.CFDefinition")
    public record CFDefinition(@JsonProperty("CFConcepts") List<CFConcept> CFConcepts,
            @JsonProperty("CFSubjects") List<CFSubject> CFSubjects,
            @JsonProperty("CFLicenses") List<CFLicense> CFLicenses,
            @JsonProperty("CFItemTypes") List<CFItemType> CFItemTypes,
            @JsonProperty("CFAssociationGroupings") List<CFAssociationGrouping> CFAssociationGroupings) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CASE.CFRubricCriterionLevel")
    public record CFRubricCriterionLevel(@Schema(format = "uuid") String identifier, @Schema(format = "uri") String uri,
            String description, String quality,
            Double score, String feedback, Integer position, String rubricCriterionId,
            @Schema(format = "date-time") String lastChangeDateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"identifier", "uri", "category", "description", "CFItemURI", "weight", "position",
            "rubricId", "lastChangeDateTime", "CFRubricCriterionLevels"})
    @Schema(name = "CASE.CFRubricCriterion")
    public record CFRubricCriterion(@Schema(format = "uuid") String identifier, @Schema(format = "uri") String uri,
            String category, String description,
            @JsonProperty("CFItemURI") LinkURI CFItemURI, Double weight, Integer position, String rubricId,
            @Schema(format = "date-time") String lastChangeDateTime,
            @JsonProperty("CFRubricCriterionLevels") List<CFRubricCriterionLevel> CFRubricCriterionLevels) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"identifier", "uri", "title", "description", "lastChangeDateTime", "CFRubricCriteria"})
    @Schema(name = "CASE.CFRubric")
    public record CFRubric(@Schema(format = "uuid") String identifier, @Schema(format = "uri") String uri, String title,
            String description, @Schema(format = "date-time") String lastChangeDateTime,
            @JsonProperty("CFRubricCriteria") List<CFRubricCriterion> CFRubricCriteria) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics"})
    @Schema(name = "CASE.CFPackage")
    public record CFPackage(@JsonProperty("CFDocument") CFDocument CFDocument,
            @JsonProperty("CFItems") List<CFItem> CFItems,
            @JsonProperty("CFAssociations") List<CFAssociation> CFAssociations,
            @JsonProperty("CFDefinitions") CFDefinition CFDefinitions,
            @JsonProperty("CFRubrics") List<CFRubric> CFRubrics) {
    }

    @Schema(name = "CASE.CFDocumentSet")
    public record CFDocumentSet(@JsonProperty("CFDocuments") List<CFDocument> CFDocuments) {
    }

    @JsonPropertyOrder({"CFItem", "CFAssociations"})
    @Schema(name = "CASE.CFAssociationSet")
    public record CFAssociationSet(@JsonProperty("CFItem") CFItem CFItem,
            @JsonProperty("CFAssociations") List<CFAssociation> CFAssociations) {
    }

    @Schema(name = "CASE.CFItemTypeSet")
    public record CFItemTypeSet(@JsonProperty("CFItemTypes") List<CFItemType> CFItemTypes) {
    }

    @Schema(name = "CASE.CFConceptSet")
    public record CFConceptSet(@JsonProperty("CFConcepts") List<CFConcept> CFConcepts) {
    }

    @Schema(name = "CASE.CFSubjectSet")
    public record CFSubjectSet(@JsonProperty("CFSubjects") List<CFSubject> CFSubjects) {
    }

    /** CASE's error body. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CASE.imsx_StatusInfo")
    public record StatusInfo(@JsonProperty("imsx_codeMajor") @Schema(examples = "failure") String codeMajor,
            @JsonProperty("imsx_severity") @Schema(examples = "error") String severity,
            @JsonProperty("imsx_description") @Schema(examples = "Not a UUID") String description,
            @JsonProperty("imsx_codeMinor") CodeMinor codeMinor) {

        static StatusInfo failure(String field, String codeMinor, String description) {
            return new StatusInfo("failure", "error", description,
                    new CodeMinor(List.of(new CodeMinorField(field, codeMinor))));
        }
    }

    public record CodeMinor(@JsonProperty("imsx_codeMinorField") List<CodeMinorField> fields) {
    }

    public record CodeMinorField(@JsonProperty("imsx_codeMinorFieldName") @Schema(examples = "sourcedId") String name,
            @JsonProperty("imsx_codeMinorFieldValue") @Schema(examples = "invaliduuid") String value) {
    }
}
