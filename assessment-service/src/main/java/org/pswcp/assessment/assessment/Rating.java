package org.pswcp.assessment.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A rating of one competence statement on the version's rating scale, with the assessor's comment. */
@Embeddable
public class Rating {

    @Column(name = "statement_code")
    String statementCode;

    int value;

    String comment;

    Instant ratedAt;

    protected Rating() {
    }

    Rating(String statementCode, int value, String comment, Instant ratedAt) {
        this.statementCode = statementCode;
        this.value = value;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    public String statementCode() {
        return statementCode;
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
}
