package org.pswcp.assessment.assessment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pswcp.kit.id.TimeOrderedIds;
import org.pswcp.kit.problem.ConflictException;

/** An assessment of one worker against one published framework version. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    UUID id;

    String organisation;

    @Enumerated(EnumType.STRING)
    AssessmentKind kind;

    String subjectWorkerId;

    String authorSubject;

    UUID frameworkVersionId;

    @Enumerated(EnumType.STRING)
    AssessmentStatus status;

    Instant createdAt;

    Instant submittedAt;

    @Version
    long version;

    protected Assessment() {
    }

    private Assessment(String organisation, AssessmentKind kind, String subjectWorkerId, String authorSubject,
            UUID frameworkVersionId, Instant now) {
        this.id = TimeOrderedIds.next();
        this.organisation = organisation;
        this.kind = kind;
        this.subjectWorkerId = subjectWorkerId;
        this.authorSubject = authorSubject;
        this.frameworkVersionId = frameworkVersionId;
        this.status = AssessmentStatus.DRAFT;
        this.createdAt = now;
    }

    /** A worker's assessment of themself, as a draft. */
    static Assessment selfAssessment(String organisation, String workerId, String authorSubject,
            UUID frameworkVersionId, Instant now) {
        return new Assessment(organisation, AssessmentKind.SELF, workerId, authorSubject, frameworkVersionId, now);
    }

    /** Hands the assessment in for sign-off; only a draft or a returned assessment can be. */
    void submit(Instant now) {
        if (status != AssessmentStatus.DRAFT && status != AssessmentStatus.RETURNED) {
            throw new ConflictException("Only a DRAFT or RETURNED assessment can be submitted; this one is "
                    + status + ".");
        }
        status = AssessmentStatus.SUBMITTED;
        submittedAt = now;
    }

    boolean isAuthoredBy(String subject) {
        return authorSubject.equals(subject);
    }

    public UUID id() {
        return id;
    }

    public String organisation() {
        return organisation;
    }

    public AssessmentKind kind() {
        return kind;
    }

    public String subjectWorkerId() {
        return subjectWorkerId;
    }

    public UUID frameworkVersionId() {
        return frameworkVersionId;
    }

    public AssessmentStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
