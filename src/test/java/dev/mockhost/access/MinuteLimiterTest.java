package dev.mockhost.access;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-minute limit against a real (embedded, in-memory) database, as two nodes would share it. */
class MinuteLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:45Z"));
    private JdbcConnectionPool pool;
    private UsageStore store;

    @BeforeEach
    void database() throws Exception {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        store = UsageStore.perMinute(pool);
        store.migrate();
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    private MinuteLimiter node(int limit, boolean synchronous) {
        return new MinuteLimiter(limit, new Meter(store, clock, synchronous, UsagePeriod::minuteOf));
    }

    @Test
    void limitHoldsPerBucketAndRenewsEachMinute() {
        MinuteLimiter limiter = node(3, false);
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

    @Test
    void twoNodesShareOneWindowOnceTheyHaveFlushed() throws Exception {
        MinuteLimiter a = node(5, false);
        MinuteLimiter b = node(5, false);
        for (int i = 0; i < 3; i++) {
            assertTrue(a.tryAcquire("alice").allowed());
        }
        a.meter().flush();
        b.meter().flush();
        assertTrue(b.tryAcquire("alice").allowed());
        assertTrue(b.tryAcquire("alice").allowed());
        assertFalse(b.tryAcquire("alice").allowed(), "b counts a's three calls of this minute");
        assertEquals(3, store.total("alice", "2026-11-25T10:00"), "a's calls are stored, b's still pending");
    }

    @Test
    void synchronousNodesAreExact() {
        MinuteLimiter a = node(4, true);
        MinuteLimiter b = node(4, true);
        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            if ((i % 2 == 0 ? a : b).tryAcquire("alice").allowed()) {
                allowed++;
            }
        }
        assertEquals(4, allowed);
    }

    @Test
    void pastMinutesArePruned() throws Exception {
        MinuteLimiter a = node(5, true);
        a.tryAcquire("alice");
        clock.set(Instant.parse("2026-11-25T10:03:10Z"));
        a.tryAcquire("alice");
        a.prune(store, clock.instant());
        assertEquals(0, store.total("alice", "2026-11-25T10:00"));
        assertEquals(1, store.total("alice", "2026-11-25T10:03"));
    }
}
