package org.pswcp.assessment.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A rating on the version's rating scale, with the assessor's comment: of one competence statement, or of a whole
 * competence area that has no statements (such as the meta-competences, 7.1, or the organisational competences, 9.1 and
 * 9.2). Exactly one of the two codes is set.
 */
@Embeddable
public class Rating {

    @Column(name = "statement_code")
    String statementCode;

    @Column(name = "area_code")
    String areaCode;

    int value;

    String comment;

    Instant ratedAt;

    protected Rating() {
    }

    Rating(RatedCode rated, int value, String comment, Instant ratedAt) {
        this.statementCode = rated.ofArea() ? null : rated.code();
        this.areaCode = rated.ofArea() ? rated.code() : null;
        this.value = value;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    /** The statement rated; null for the rating of an area as a whole. */
    public String statementCode() {
        return statementCode;
    }

    /** The area rated as a whole; null for the rating of a statement. */
    public String areaCode() {
        return areaCode;
    }

    /** What is rated: the statement's code, or the area's. Codes of statements and areas never coincide. */
    public String code() {
        return statementCode != null ? statementCode : areaCode;
    }

    public int value() {
        return value;
    }

    public String comment() {
        return comment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    /** What a rating is of: a statement's code, or ({@code ofArea}) the code of an area rated as a whole. */
    record RatedCode(String code, boolean ofArea) {
    }
}
