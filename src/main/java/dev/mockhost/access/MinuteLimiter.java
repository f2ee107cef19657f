package dev.mockhost.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} calls per bucket and calendar minute (UTC), on this node: Postman's "120 calls a minute"
 * kind of limit, as a setting. Kept in memory; a bucket holds one small window, so there is nothing to clean.
 */
public final class MinuteLimiter {

    private final int limit;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public MinuteLimiter(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** The outcome of one call: allowed or not, and the seconds until the next minute starts. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    public Decision tryAcquire(String bucket) {
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / 60;
        Window window = windows.compute(bucket, (name, current) -> current == null || current.minute != minute
                ? new Window(minute, 1) : new Window(minute, current.calls + 1));
        long retryAfter = Math.max(1, (minute + 1) * 60 - now.getEpochSecond());
        return new Decision(window.calls <= limit, retryAfter);
    }

    private record Window(long minute, int calls) {
    }
}
