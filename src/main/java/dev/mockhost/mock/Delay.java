package dev.mockhost.mock;

import dev.mockhost.collection.JsonFields;
import dev.mockhost.collection.NameValue;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How long a mock waits before answering, and every rule about it in one place: a fixed time ({@code min == max})
 * or a random one in a range; at most {@link #MAX_MILLIS}; Postman's presets; the forms a mock file, a collection
 * variable and the {@code x-mock-response-delay} header give it in; the header winning over the mock's own.
 */
public record Delay(long minMillis, long maxMillis) {

    public static final Delay NONE = new Delay(0, 0);

    /** The most any delay may be: Postman's limit for {@code x-mock-response-delay}. */
    public static final long MAX_MILLIS = 180_000;

    /** The collection variable that sets an implicit mock's delay: milliseconds, or a range such as 100-500. */
    public static final String VARIABLE = "mockhost.delay";

    /** The request header that sets one call's delay, as in Postman. */
    public static final String HEADER = "x-mock-response-delay";

    /** Postman's mock delay presets: {@code "preset": "1"} (2G) and {@code "2"} (3G). */
    static final long PRESET_2G = 300;
    static final long PRESET_3G = 100;

    public Delay {
        if (minMillis < 0 || maxMillis < minMillis || maxMillis > MAX_MILLIS) {
            throw new IllegalArgumentException("a delay is 0 to " + MAX_MILLIS + " ms, with min <= max; not "
                    + minMillis + "-" + maxMillis);
        }
    }

    /** {@code "300"} or {@code "100-500"} (milliseconds), the form of the collection variable mockhost.delay. */
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

    /**
     * The delay a collection's variables give its implicit mock ({@link #VARIABLE}); none when it has none.
     *
     * @throws IllegalArgumentException saying what is wrong with the variable's value
     */
    public static Delay fromVariables(List<NameValue> variables) {
        for (NameValue variable : variables) {
            if (variable.name().equals(VARIABLE)) {
                return parse(variable.value());
            }
        }
        return NONE;
    }

    /**
     * A mock file's {@code delay}: {@code {"min": ms, "max": ms}}, Postman's {@code {"type": "fixed", "preset": "1"
     * | "2", "duration": ms}}, or a number of milliseconds; none when absent or null.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static Delay fromJson(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return NONE;
        }
        if (value instanceof JsonNumber number) {
            return parse(number.toString());
        }
        if (value instanceof JsonObject delay) {
            if (delay.containsKey("min") || delay.containsKey("max")) {
                long min = millis(delay, "min", 0);
                return new Delay(min, millis(delay, "max", min));
            }
            String preset = JsonFields.text(delay, "preset");
            if ("1".equals(preset)) {
                return new Delay(PRESET_2G, PRESET_2G);
            }
            if ("2".equals(preset)) {
                return new Delay(PRESET_3G, PRESET_3G);
            }
            long duration = millis(delay, "duration", 0);
            return new Delay(duration, duration);
        }
        throw new IllegalArgumentException("it must be {\"min\": ms, \"max\": ms}, {\"type\": \"fixed\", "
                + "\"duration\": ms} or a number of milliseconds");
    }

    /**
     * The delay of one call: the {@code x-mock-response-delay} header's when it has one (1 to {@link #MAX_MILLIS}),
     * else one picked from this mock's.
     *
     * @throws Failure {@code invalidHeaderError} naming the header when its value cannot be used
     */
    public long forCall(String header, RandomGenerator random) {
        if (header == null || header.isBlank()) {
            return pick(random);
        }
        String trimmed = header.strip();
        if (trimmed.length() <= 6 && trimmed.chars().allMatch(Character::isDigit)) {
            long millis = Long.parseLong(trimmed);
            if (millis >= 1 && millis <= MAX_MILLIS) {
                return millis;
            }
        }
        throw Failure.of(ErrorName.INVALID_HEADER, HEADER + " must be milliseconds from 1 to " + MAX_MILLIS
                + ", not \"" + header + "\"").header(HEADER);
    }

    public long pick(RandomGenerator random) {
        return minMillis == maxMillis ? minMillis : random.nextLong(minMillis, maxMillis + 1);
    }

    private static long millis(JsonObject delay, String key, long fallback) {
        JsonValue value = delay.get(key);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        String text = JsonFields.text(value);
        if (text == null || !text.strip().matches("\\d{1,7}")) {
            throw new IllegalArgumentException(key + " must be a whole number of milliseconds, not " + value);
        }
        return Long.parseLong(text.strip());
    }
}
