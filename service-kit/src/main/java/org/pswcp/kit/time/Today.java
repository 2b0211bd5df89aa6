package org.pswcp.kit.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What day it is for the platform: the organisation's calendar ({@code pswcp.time-zone}, Europe/London by default),
 * never the server's time zone. Every service asks this one bean whether an agreement is active today or a period was
 * missed, so that no two answers differ near midnight.
 */
@ApplicationScoped
public class Today {

    private final ZoneId zone;
    private final Clock clock;

    @Inject
    Today(@ConfigProperty(name = "pswcp.time-zone") ZoneId zone) {
        this(zone, Clock.systemUTC());
    }

    /** For tests: the calendar at a fixed instant. */
    public Today(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** The date today in the organisation's time zone. */
    public LocalDate date() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The date an instant falls on in the organisation's time zone. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first instant after the day, in the organisation's time zone: what "as at the end of that day" means. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }
}
