package org.pswcp.kit.time;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Times and days as native queries return them: the JDBC driver and Hibernate hand back {@code timestamptz} and
 * {@code date} columns as one type or another depending on the query, so every native read converts them here.
 */
public final class SqlTimes {

    private SqlTimes() {
    }

    /** A {@code timestamptz} column's value as an instant. */
    public static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
        };
    }

    /** A {@code date} column's value as a day; null stays null. */
    public static LocalDate day(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case Date d -> d.toLocalDate();
            default -> throw new IllegalStateException("Unexpected date type " + value.getClass());
        };
    }
}
