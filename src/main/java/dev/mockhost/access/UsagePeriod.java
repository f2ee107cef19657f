package dev.mockhost.access;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Calls are counted per calendar month, in UTC. */
public record UsagePeriod(YearMonth month) {

    public static UsagePeriod of(Instant instant) {
        return new UsagePeriod(YearMonth.from(instant.atZone(ZoneOffset.UTC)));
    }

    /** {@code 2026-11}, as stored. */
    public String key() {
        return month.toString();
    }

    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whole seconds until the next period starts, at least 1: what {@code Retry-After} says. */
    public long secondsLeft(Instant now) {
        return Math.max(1, (end().toEpochMilli() - now.toEpochMilli() + 999) / 1000);
    }
}
