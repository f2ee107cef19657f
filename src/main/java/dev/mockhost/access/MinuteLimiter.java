package dev.mockhost.access;

import java.time.Instant;

/**
 * At most {@code limit} calls per bucket and calendar minute (UTC): Postman's "120 calls a minute" kind of limit,
 * as a setting. Counted by a {@link Meter} of minutes, so it holds across the nodes sharing a database as the
 * monthly quota does: within what the other nodes let through since the last flush.
 */
public final class MinuteLimiter {

    private final int limit;
    private final Meter minutes;

    /** {@code minutes} counts in calendar minutes ({@link UsagePeriod#minuteOf}). */
    public MinuteLimiter(int limit, Meter minutes) {
        this.limit = limit;
        this.minutes = minutes;
    }

    /** The outcome of one call: allowed or not, and the seconds until the next minute starts. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    public Decision tryAcquire(String bucket) {
        Meter.Decision decision = minutes.count(bucket, (long) limit);
        return new Decision(decision.accepted(), decision.retryAfterSeconds());
    }

    public Meter meter() {
        return minutes;
    }

    /** Drops stored minutes older than the one before {@code now}: nothing reads them again. */
    void prune(UsageStore store, Instant now) throws java.sql.SQLException {
        store.deleteBefore(UsagePeriod.minuteOf(now.minusSeconds(60)).key());
    }
}
