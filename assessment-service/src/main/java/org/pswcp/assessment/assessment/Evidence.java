package org.pswcp.assessment.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.pswcp.kit.id.TimeOrderedIds;

/**
 * A piece of evidence attached to an assessment: what it is, when, where it can be seen, what it shows (statements, and
 * areas without statements that are rated as a whole).
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id")
    Assessment assessment;

    String title;

    @Enumerated(EnumType.STRING)
    EvidenceKind kind;

    LocalDate occurredOn;

    String link;

    Instant addedAt;

    @ElementCollection
    @CollectionTable(name = "evidence_statement", joinColumns = @JoinColumn(name = "evidence_id"))
    @Column(name = "statement_code")
    List<String> statementCodes = new ArrayList<>();

    /** Areas without statements, rated as a whole, that it shows. */
    @ElementCollection
    @CollectionTable(name = "evidence_area", joinColumns = @JoinColumn(name = "evidence_id"))
    @Column(name = "area_code")
    List<String> areaCodes = new ArrayList<>();

    protected Evidence() {
    }

    Evidence(Assessment assessment, String title, EvidenceKind kind, LocalDate occurredOn, String link,
            List<String> statementCodes, List<String> areaCodes, Instant addedAt) {
        this.id = TimeOrderedIds.next();
        this.assessment = assessment;
        this.title = title;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.link = link;
        this.statementCodes = new ArrayList<>(statementCodes);
        this.areaCodes = new ArrayList<>(areaCodes);
        this.addedAt = addedAt;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String link() {
        return link;
    }

    public List<String> statementCodes() {
        return statementCodes;
    }

    public List<String> areaCodes() {
        return areaCodes;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
