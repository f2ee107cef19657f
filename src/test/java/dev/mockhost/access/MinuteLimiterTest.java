package dev.mockhost.access;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinuteLimiterTest {

    @Test
    void limitHoldsPerBucketAndRenewsEachMinute() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:45Z"));
        MinuteLimiter limiter = new MinuteLimiter(3, clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("alice").allowed());
        }
        MinuteLimiter.Decision refused = limiter.tryAcquire("alice");
        assertFalse(refused.allowed());
        assertEquals(15, refused.retryAfterSeconds());
        assertTrue(limiter.tryAcquire("bob").allowed(), "each bucket has its own window");
        clock.set(Instant.parse("2026-11-25T10:01:00Z"));
        assertTrue(limiter.tryAcquire("alice").allowed(), "a new minute");
    }
}
