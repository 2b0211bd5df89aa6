package org.pswcp.supervision.retention;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How long an organisation keeps a worker's supervision records after their last day in post. */
@Entity
@Table(name = "retention_policy")
public class RetentionPolicy {

    @Id
    String organisation;

    int yearsAfterEnd;

    Instant updatedAt;

    protected RetentionPolicy() {
    }

    RetentionPolicy(String organisation, int yearsAfterEnd, Instant now) {
        this.organisation = organisation;
        this.yearsAfterEnd = yearsAfterEnd;
        this.updatedAt = now;
    }

    void change(int yearsAfterEnd, Instant now) {
        this.yearsAfterEnd = yearsAfterEnd;
        this.updatedAt = now;
    }

    /**
     * The first day a worker's records are past their period: {@code yearsAfterEnd} whole years after their end date. A
     * worker who left on 29 February is due on 1 March, the first day the full years have passed.
     */
    static LocalDate dueSince(LocalDate endDate, int yearsAfterEnd) {
        LocalDate due = endDate.plusYears(yearsAfterEnd);
        return due.minusYears(yearsAfterEnd).isBefore(endDate) ? due.plusDays(1) : due;
    }

    /** The last end date whose records are due today: the list of what is due and the decision agree. */
    static LocalDate lastEndDateDueOn(LocalDate today, int yearsAfterEnd) {
        return today.minusYears(yearsAfterEnd);
    }

    public String organisation() {
        return organisation;
    }

    public int yearsAfterEnd() {
        return yearsAfterEnd;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
