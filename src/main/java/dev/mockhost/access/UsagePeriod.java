package dev.mockhost.access;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A stretch of time calls are counted in, in UTC: a calendar month for quotas, a calendar minute for per-minute
 * limits.
 *
 * @param key as stored: {@code 2026-11} or {@code 2026-11-25T10:04}; keys of one kind sort as their periods do
 * @param end when the next period starts
 */
public record UsagePeriod(String key, Instant end) {

    /** The calendar month of {@code instant}. */
    public static UsagePeriod of(Instant instant) {
        YearMonth month = YearMonth.from(instant.atZone(ZoneOffset.UTC));
        return new UsagePeriod(month.toString(), month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC)
                .toInstant());
    }

    /** The calendar minute of {@code instant}. */
    public static UsagePeriod minuteOf(Instant instant) {
        Instant start = instant.truncatedTo(ChronoUnit.MINUTES);
        return new UsagePeriod(start.toString().substring(0, 16), start.plus(1, ChronoUnit.MINUTES));
    }

    /** Whole seconds until the next period starts, at least 1: what {@code Retry-After} says. */
    public long secondsLeft(Instant now) {
        return Math.max(1, (end.toEpochMilli() - now.toEpochMilli() + 999) / 1000);
    }
}
