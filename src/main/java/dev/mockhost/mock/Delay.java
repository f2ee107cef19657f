package dev.mockhost.mock;

import dev.mockhost.matching.MatchDirectives;

import java.util.random.RandomGenerator;

/** How long a mock waits before answering: fixed ({@code min == max}) or a random time in a range. */
public record Delay(long minMillis, long maxMillis) {

    public static final Delay NONE = new Delay(0, 0);

    /** The most any delay may be: Postman's limit for {@code x-mock-response-delay}. */
    public static final long MAX_MILLIS = MatchDirectives.MAX_DELAY_MILLIS;

    public Delay {
        if (minMillis < 0 || maxMillis < minMillis || maxMillis > MAX_MILLIS) {
            throw new IllegalArgumentException("a delay is 0 to " + MAX_MILLIS + " ms, with min <= max; not "
                    + minMillis + "-" + maxMillis);
        }
    }

    /** {@code "300"} or {@code "100-500"} (milliseconds). */
    public static Delay parse(String text) {
        String trimmed = text.strip();
        int dash = trimmed.indexOf('-', 1);
        try {
            if (dash < 0) {
                long fixed = Long.parseLong(trimmed);
                return new Delay(fixed, fixed);
            }
            return new Delay(Long.parseLong(trimmed.substring(0, dash).strip()),
                    Long.parseLong(trimmed.substring(dash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a delay is milliseconds, \"300\", or a range, \"100-500\"; not \""
                    + text + "\"", e);
        }
    }

    public long pick(RandomGenerator random) {
        return minMillis == maxMillis ? minMillis : random.nextLong(minMillis, maxMillis + 1);
    }
}
