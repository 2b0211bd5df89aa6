package org.pswcp.supervision.agreement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pswcp.kit.id.TimeOrderedIds;
import org.pswcp.kit.problem.ConflictException;
import org.pswcp.kit.problem.FieldError;
import org.pswcp.kit.problem.InvalidInputException;

/**
 * A supervision agreement: who supervises whom, of which type, how often, how and where ({@code 002} §3.3). HR records
 * it and ends it; the dates say when it is active.
 */
@Entity
@Table(name = "supervision_agreement")
public class Agreement {

    /** The agreed rhythm of supervision: at most weekly, at least every three months. */
    static final Duration SHORTEST_FREQUENCY = ChronoUnit.WEEKS.getDuration();
    static final Duration LONGEST_FREQUENCY = ChronoUnit.MONTHS.getDuration().multipliedBy(3);
    /** What other systems can read back: no signs, no fractions, no time part. */
    private static final Pattern PERIOD = Pattern.compile("P(\\d{1,3}Y)?(\\d{1,3}M)?(\\d{1,3}W)?(\\d{1,3}D)?",
            Pattern.CASE_INSENSITIVE);

    @Id
    UUID id;

    String organisation;

    String superviseeWorkerId;

    String supervisorWorkerId;

    @Enumerated(EnumType.STRING)
    AgreementType type;

    String frequency;

    @Enumerated(EnumType.STRING)
    SupervisionFormat format;

    String location;

    LocalDate startDate;

    LocalDate endDate;

    Instant endedAt;

    String endReason;

    Instant createdAt;

    protected Agreement() {
    }

    /** Call {@link #faultsOf} first: the constructor trusts its terms. */
    Agreement(String organisation, String superviseeWorkerId, String supervisorWorkerId, AgreementType type,
            String frequency, SupervisionFormat format, String location, LocalDate startDate, LocalDate endDate,
            Instant now) {
        this.id = TimeOrderedIds.next();
        this.organisation = organisation;
        this.superviseeWorkerId = superviseeWorkerId;
        this.supervisorWorkerId = supervisorWorkerId;
        this.type = type;
        this.frequency = frequency.toUpperCase(Locale.ROOT);
        this.format = format;
        this.location = location;
        this.startDate = startDate;
        this.endDate = endDate;
        // As PostgreSQL stores it, so that a page cursor made from this row finds it again.
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * What is wrong with these terms on their own, before anyone looks at the roster: a worker cannot supervise
     * themself, an agreement cannot end before it starts, and the frequency must be an ISO-8601 period from one week to
     * three months.
     */
    static List<FieldError> faultsOf(String superviseeWorkerId, String supervisorWorkerId, String frequency,
            LocalDate startDate, LocalDate endDate) {
        List<FieldError> faults = new ArrayList<>();
        if (superviseeWorkerId.equals(supervisorWorkerId)) {
            faults.add(new FieldError("supervisorWorkerId", "must not be the supervisee"));
        }
        if (!isFrequency(frequency)) {
            faults.add(new FieldError("frequency",
                    "must be an ISO-8601 period from one week (P1W) to three months (P3M), such as P2W or P1M"));
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            faults.add(new FieldError("endDate", "must not be before startDate"));
        }
        return faults;
    }

    /**
     * Months are measured at their average length (30.44 days), so that whether a frequency is accepted does not depend
     * on the day the agreement starts: {@code P13W} (91 days) is within three months, {@code P14W} is not.
     */
    private static boolean isFrequency(String frequency) {
        if (!PERIOD.matcher(frequency).matches()) {
            return false;
        }
        Period period;
        try {
            period = Period.parse(frequency);
        } catch (DateTimeParseException e) { // "P" alone
            return false;
        }
        Duration length = ChronoUnit.MONTHS.getDuration().multipliedBy(period.toTotalMonths())
                .plus(ChronoUnit.DAYS.getDuration().multipliedBy(period.getDays()));
        return length.compareTo(SHORTEST_FREQUENCY) >= 0 && length.compareTo(LONGEST_FREQUENCY) <= 0;
    }

    /** Active on the day: it has started and has not passed its end date. */
    public boolean isActiveOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !day.isAfter(endDate));
    }

    /**
     * Ends the agreement on the day HR names (its last active day). It can be ended once, on or after its start and no
     * later than an end date already agreed: ending never extends an agreement.
     */
    void end(LocalDate lastDay, String reason, Instant now) {
        if (endedAt != null) {
            throw new ConflictException("This agreement was already ended, on " + endDate + ".");
        }
        if (lastDay.isBefore(startDate)) {
            throw new InvalidInputException("endDate", "must not be before the agreement's startDate " + startDate);
        }
        if (endDate != null && lastDay.isAfter(endDate)) {
            throw new InvalidInputException("endDate",
                    "must not be after the agreed endDate " + endDate + "; ending never extends an agreement");
        }
        this.endDate = lastDay;
        this.endReason = reason;
        this.endedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String organisation() {
        return organisation;
    }

    public String superviseeWorkerId() {
        return superviseeWorkerId;
    }

    public String supervisorWorkerId() {
        return supervisorWorkerId;
    }

    public AgreementType type() {
        return type;
    }

    public String frequency() {
        return frequency;
    }

    public SupervisionFormat format() {
        return format;
    }

    public String location() {
        return location;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
