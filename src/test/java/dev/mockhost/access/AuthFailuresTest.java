package dev.mockhost.access;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthFailuresTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:40Z"));

    @Test
    void anAddressIsShutOutForTheRestOfTheMinuteOnceItFailedTheLimit() {
        AuthFailures failures = new AuthFailures(3, clock);
        assertFalse(failures.failed("10.0.0.1"));
        assertFalse(failures.failed("10.0.0.1"));
        assertEquals(0, failures.blockedSeconds("10.0.0.1"), "two failures: still allowed");
        assertTrue(failures.failed("10.0.0.1"), "the third uses the minute up, once");
        assertFalse(failures.failed("10.0.0.1"));
        assertEquals(20, failures.blockedSeconds("10.0.0.1"));
        assertEquals(0, failures.blockedSeconds("10.0.0.2"), "per address");
        clock.set(Instant.parse("2026-12-02T10:01:00Z"));
        assertEquals(0, failures.blockedSeconds("10.0.0.1"), "a new minute");
        assertFalse(failures.failed("10.0.0.1"), "counted from one again");
    }

    @Test
    void zeroTurnsTheLimitOff() {
        AuthFailures failures = new AuthFailures(0, clock);
        for (int i = 0; i < 100; i++) {
            failures.failed("10.0.0.1");
        }
        assertEquals(0, failures.blockedSeconds("10.0.0.1"));
    }

    @Test
    void aScanOfManyAddressesLeavesNoPastMinutesBehind() {
        AuthFailures failures = new AuthFailures(3, clock);
        for (int i = 0; i < 10_001; i++) {
            failures.failed("10.1." + (i / 256) + "." + (i % 256));
        }
        clock.set(Instant.parse("2026-12-02T10:01:00Z"));
        assertEquals(10_001, failures.addresses());
        failures.failed("10.9.9.9");
        assertEquals(1, failures.addresses(), "past minutes are dropped once the map is large");
    }
}
