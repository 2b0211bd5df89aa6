package org.pswcp.assessment.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.pswcp.kit.destruction.Destroyed;
import org.pswcp.kit.id.TimeOrderedIds;
import org.pswcp.kit.problem.ConflictException;

/**
 * An assessment of a worker (or, for ORGANISATIONAL, of the organisation or a team) against one published framework
 * version: DRAFT, then SUBMITTED, then SIGNED_OFF, or RETURNED with a reason and submitted again. Only a DRAFT or
 * RETURNED assessment can change; a signed-off one never does.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    /** Statements first, then areas rated as a whole, each by code: the order the database gives them back in. */
    private static final Comparator<Rating> RATED_ORDER = Comparator
            .comparing(Rating::statementCode, Comparator.nullsLast(Comparator.<String> naturalOrder()))
            .thenComparing(Rating::areaCode, Comparator.nullsLast(Comparator.<String> naturalOrder()));

    /**
     * News, inside this service, that an assessment was signed off: fired as a CDI event within the sign-off's
     * transaction, so that what follows from it elsewhere (a worker's attained levels) commits or rolls back with it,
     * and the assessment feature need not know who listens.
     */
    public record SignedOff(Assessment assessment) {
    }

    @Id
    UUID id;

    String organisation;

    @Enumerated(EnumType.STRING)
    AssessmentKind kind;

    /** The worker assessed; null for ORGANISATIONAL assessments. */
    String subjectWorkerId;

    /** The team an ORGANISATIONAL assessment is about; null for the whole organisation. */
    String subjectTeam;

    String authorSubject;

    String authorWorkerId;

    UUID frameworkVersionId;

    @Enumerated(EnumType.STRING)
    AssessmentStatus status;

    Instant createdAt;

    Instant submittedAt;

    Instant signedOffAt;

    /** Worker id (or, for organisational assessments, subject) of who signed it off. */
    String signedOffBy;

    Instant returnedAt;

    String returnReason;

    @ElementCollection
    @CollectionTable(name = "assessment_scope", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "code")
    Set<String> scope = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "rating", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderBy("statementCode, areaCode")
    List<Rating> ratings = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt")
    List<Evidence> evidence = new ArrayList<>();

    @Version
    long version;

    protected Assessment() {
    }

    Assessment(String organisation, AssessmentKind kind, String subjectWorkerId, String subjectTeam,
            String authorSubject, String authorWorkerId, UUID frameworkVersionId, Set<String> scope, Instant now) {
        this.id = TimeOrderedIds.next();
        this.organisation = organisation;
        this.kind = kind;
        this.subjectWorkerId = subjectWorkerId;
        this.subjectTeam = subjectTeam;
        this.authorSubject = authorSubject;
        this.authorWorkerId = authorWorkerId;
        this.frameworkVersionId = frameworkVersionId;
        this.scope = new LinkedHashSet<>(scope);
        this.status = AssessmentStatus.DRAFT;
        this.createdAt = now;
    }

    /** Rates a statement, or an area without statements as a whole, or changes its rating. */
    void rate(Rating.RatedCode rated, int value, String comment, Instant now) {
        requireEditable();
        ratings.removeIf(r -> r.code().equals(rated.code()));
        ratings.add(new Rating(rated, value, comment, now));
        ratings.sort(RATED_ORDER);
    }

    /** Removes the rating of a statement, or of an area rated as a whole; says whether there was one. */
    boolean unrate(String code) {
        requireEditable();
        return ratings.removeIf(r -> r.code().equals(code));
    }

    Evidence addEvidence(String title, EvidenceKind kind, java.time.LocalDate occurredOn, String link,
            List<String> statementCodes, List<String> areaCodes, Instant now) {
        requireEditable();
        Evidence added = new Evidence(this, title, kind, occurredOn, link, statementCodes, areaCodes, now);
        evidence.add(added);
        return added;
    }

    /** Hands the assessment in for sign-off: a DRAFT or RETURNED one, with at least one rating. */
    void submit(Instant now) {
        if (status != AssessmentStatus.DRAFT && status != AssessmentStatus.RETURNED) {
            throw new ConflictException("Only a DRAFT or RETURNED assessment can be submitted; this one is "
                    + status + ".");
        }
        if (ratings.isEmpty()) {
            throw new ConflictException("Rate at least one statement, or an area without statements, before"
                    + " submitting.");
        }
        status = AssessmentStatus.SUBMITTED;
        submittedAt = now;
    }

    void signOff(String by, Instant now) {
        requireSubmitted("signed off");
        status = AssessmentStatus.SIGNED_OFF;
        signedOffAt = now;
        signedOffBy = by;
    }

    /** Sends the assessment back to its author with the reason, to change and submit again. */
    void returnToAuthor(String reason, Instant now) {
        requireSubmitted("returned");
        status = AssessmentStatus.RETURNED;
        returnedAt = now;
        returnReason = reason;
    }

    private void requireSubmitted(String what) {
        if (status != AssessmentStatus.SUBMITTED) {
            throw new ConflictException("Only a SUBMITTED assessment can be " + what + "; this one is " + status
                    + ".");
        }
    }

    private void requireEditable() {
        if (status == AssessmentStatus.SIGNED_OFF) {
            throw new ConflictException("A signed-off assessment never changes.");
        }
        if (status == AssessmentStatus.SUBMITTED) {
            throw new ConflictException("A submitted assessment cannot change until it is returned to its author.");
        }
    }

    /**
     * Written by this account, or by this person (worker id) through another account; nobody's once its author's
     * records were destroyed.
     */
    boolean isAuthoredBy(String subject, Optional<String> workerId) {
        if (Destroyed.is(authorSubject)) {
            return false;
        }
        return authorSubject.equals(subject)
                || (authorWorkerId != null && workerId.filter(authorWorkerId::equals).isPresent());
    }

    /** The rating of a statement, or of an area rated as a whole. */
    public Optional<Rating> rating(String code) {
        return ratings.stream().filter(r -> r.code().equals(code)).findFirst();
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

    public String subjectTeam() {
        return subjectTeam;
    }

    public String authorWorkerId() {
        return authorWorkerId;
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

    public Instant signedOffAt() {
        return signedOffAt;
    }

    public String signedOffBy() {
        return signedOffBy;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public String returnReason() {
        return returnReason;
    }

    public Set<String> scope() {
        return Collections.unmodifiableSet(scope);
    }

    public List<Rating> ratings() {
        return Collections.unmodifiableList(ratings);
    }

    public List<Evidence> evidence() {
        return Collections.unmodifiableList(evidence);
    }

    /** Kinds whose signed-off ratings make a worker's attained level. */
    public boolean countsForAttainment() {
        return kind == AssessmentKind.SUPERVISOR || kind == AssessmentKind.DIRECT_OBSERVATION;
    }
}
