package dev.mockhost.access;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meter against a real (embedded, in-memory) database. */
class MeterTest {

    private static final Instant NOVEMBER = Instant.parse("2026-11-25T10:00:00Z");

    private JdbcConnectionPool pool;
    private FlakyDataSource dataSource;
    private UsageStore store;
    private final MutableClock clock = new MutableClock(NOVEMBER);

    @BeforeEach
    void database() throws Exception {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        dataSource = new FlakyDataSource(pool);
        store = new UsageStore(dataSource);
        store.migrate();
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void eightThreadsTimesAThousandCallsAreEightThousandWhileFlushesRun() throws Exception {
        Meter meter = new Meter(store, clock, false);
        AtomicBoolean counting = new AtomicBoolean(true);
        Thread flusher = new Thread(() -> {
            while (counting.get()) {
                meter.flush();
            }
        });
        flusher.start();
        run(8, 1000, () -> assertTrue(meter.count("alice", null).accepted()));
        counting.set(false);
        flusher.join();
        meter.flush();
        assertEquals(8000, store.total("alice", "2026-11"));
        assertEquals(8000, meter.usage("alice"));
    }

    @Test
    void quotaBoundaryIsExact() throws Exception {
        for (boolean synchronous : new boolean[] {false, true}) {
            String key = "bob-" + synchronous;
            Meter meter = new Meter(store, clock, synchronous);
            AtomicInteger accepted = new AtomicInteger();
            run(8, 500, () -> {
                if (meter.count(key, 1000L).accepted()) {
                    accepted.incrementAndGet();
                }
            });
            meter.flush();
            assertEquals(1000, accepted.get(), "synchronous=" + synchronous);
            assertEquals(1000, store.total(key, "2026-11"), "rejected calls are not counted");
            Meter.Decision over = meter.count(key, 1000L);
            assertFalse(over.accepted());
            assertEquals(0, over.remaining());
        }
    }

    @Test
    void aNewMonthStartsFromZeroAndKeepsTheOldOne() throws Exception {
        Meter meter = new Meter(store, clock, false);
        for (int i = 0; i < 5; i++) {
            assertTrue(meter.count("carol", 5L).accepted());
        }
        Meter.Decision full = meter.count("carol", 5L);
        assertFalse(full.accepted());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), full.period().end());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z").getEpochSecond() - NOVEMBER.getEpochSecond(),
                full.retryAfterSeconds());

        clock.set(Instant.parse("2026-12-01T00:00:00Z"));
        assertTrue(meter.count("carol", 5L).accepted(), "the quota renews on the first of the month, UTC");
        assertEquals(1, meter.usage("carol"));
        meter.flush();
        assertEquals(5, store.total("carol", "2026-11"));
        assertEquals(1, store.total("carol", "2026-12"));
    }

    @Test
    void aFlushReportsItselfOnlyWhenTheStoreTookEverythingAndEachFailureOnce() throws Exception {
        List<String> events = new ArrayList<>();
        Meter meter = new Meter(store, clock, false, UsagePeriod::of, new UsageEvents() {
            @Override
            public void flushed() {
                events.add("flushed");
            }

            @Override
            public void storeFailed(Operation operation) {
                events.add(operation.label());
            }
        });
        meter.count("dave", null);
        meter.flush();
        assertEquals(List.of("flushed"), events);

        events.clear();
        meter.count("dave", null);
        dataSource.down(true);
        meter.flush();
        assertEquals(List.of("flush", "read"), events, "the write of the pending call, then the totals");

        events.clear();
        dataSource.down(false);
        meter.flush();
        assertEquals(List.of("flushed"), events, "the pending call written once the store is back");
        assertEquals(2, store.total("dave", "2026-11"));
    }

    @Test
    void countsSurviveARestartOfTheMeter() throws Exception {
        Meter first = new Meter(store, clock, false);
        for (int i = 0; i < 42; i++) {
            first.count("dave", null);
        }
        first.flush();
        Meter second = new Meter(store, clock, false);
        assertEquals(42, second.usage("dave"));
        assertTrue(second.count("dave", 43L).accepted());
        assertFalse(second.count("dave", 43L).accepted());
    }

    @Test
    void callsCountedWhileTheStoreIsDownAreWrittenOnceItIsBack() throws Exception {
        Meter meter = new Meter(store, clock, false);
        meter.count("erin", null);
        meter.flush();
        dataSource.down(true);
        for (int i = 0; i < 10; i++) {
            assertTrue(meter.count("erin", null).accepted(), "a call is never refused because the store is down");
        }
        meter.flush();
        meter.flush();
        dataSource.down(false);
        meter.flush();
        assertEquals(11, store.total("erin", "2026-11"));
        meter.flush();
        assertEquals(11, store.total("erin", "2026-11"), "written once, not once per failed flush");
    }

    @Test
    void twoNodesOnOneStoreCountEveryCallOnceAndShareTheQuota() throws Exception {
        Meter one = new Meter(store, clock, false);
        Meter two = new Meter(store, clock, false);
        for (int i = 0; i < 30; i++) {
            (i % 2 == 0 ? one : two).count("frank", null);
        }
        one.flush();
        two.flush();
        one.flush();
        assertEquals(30, store.total("frank", "2026-11"));
        assertEquals(30, one.usage("frank"));
        assertEquals(30, two.usage("frank"));
        assertFalse(one.count("frank", 30L).accepted(), "the other node's calls count against the quota");

        Meter syncOne = new Meter(store, clock, true);
        Meter syncTwo = new Meter(store, clock, true);
        AtomicInteger accepted = new AtomicInteger();
        run(8, 100, () -> {
            Meter node = ThreadLocalNode.pick(syncOne, syncTwo);
            if (node.count("grace", 250L).accepted()) {
                accepted.incrementAndGet();
            }
        });
        assertEquals(250, accepted.get(), "synchronous mode: exact across nodes");
        assertEquals(250, store.total("grace", "2026-11"));
    }

    private static void run(int threads, int callsEach, Runnable call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < callsEach; i++) {
                        call.run();
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Spreads calls over two nodes by thread. */
    private static final class ThreadLocalNode {
        private static Meter pick(Meter a, Meter b) {
            return Thread.currentThread().getId() % 2 == 0 ? a : b;
        }
    }
}
