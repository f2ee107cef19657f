package dev.mockhost.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed {@code x-api-key} checks per client address and calendar minute: past {@code limit} in a minute, an
 * address gets no more key checks until the next one, so guessing keys costs a minute per {@code limit} guesses.
 * Kept in memory per node: a guesser spread over N nodes gets N times the guesses, still far from a key's 2^128.
 */
public final class AuthFailures {

    /** Beyond this many addresses, windows of past minutes are dropped: the map stays bounded under a scan. */
    private static final int PRUNE_AT = 10_000;

    private final int limit;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public AuthFailures(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    private record Window(long minute, int failures) {
    }

    /** Seconds until {@code address} may try keys again; 0 when it may now. */
    public long blockedSeconds(String address) {
        if (limit <= 0) {
            return 0;
        }
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / 60;
        Window window = windows.get(address);
        if (window == null || window.minute() != minute || window.failures() < limit) {
            return 0;
        }
        return Math.max(1, (minute + 1) * 60 - now.getEpochSecond());
    }

    /** How many addresses are remembered now. */
    int addresses() {
        return windows.size();
    }

    /** Counts a failed check; answers whether this one used up the address's minute (to log it once). */
    public boolean failed(String address) {
        if (limit <= 0) {
            return false;
        }
        long minute = clock.instant().getEpochSecond() / 60;
        if (windows.size() > PRUNE_AT) {
            windows.values().removeIf(w -> w.minute() != minute);
        }
        Window window = windows.merge(address, new Window(minute, 1), (old, one) -> old.minute() == minute
                ? new Window(minute, old.failures() + 1) : one);
        return window.failures() == limit;
    }
}
