package dev.mockhost.metrics;

import dev.mockhost.access.UsageEvents;
import dev.mockhost.repository.HomeDirectory;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known events in, the counts they make in the Prometheus text out; no test depends on how long anything took. */
class MockhostMetricsTest {

    private final MovingClock clock = new MovingClock();
    private final MockhostMetrics metrics = new MockhostMetrics(clock);

    @TempDir
    Path root;

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void callsAreCountedByMockStatusClassAndKey() {
        for (int i = 0; i < 3; i++) {
            metrics.called("petstore", 200, "alice");
        }
        metrics.called("petstore", 201, "alice");
        metrics.called("petstore", 404, "~anonymous");
        metrics.called("petstore", 503, "alice");
        metrics.called("todo", 302, "bob");

        String text = metrics.scrape();
        assertEquals(4.0, value(text, "mockhost_calls_total{key=\"alice\",mock=\"petstore\",status=\"2xx\"}"));
        assertEquals(1.0, value(text, "mockhost_calls_total{key=\"~anonymous\",mock=\"petstore\",status=\"4xx\"}"));
        assertEquals(1.0, value(text, "mockhost_calls_total{key=\"alice\",mock=\"petstore\",status=\"5xx\"}"));
        assertEquals(1.0, value(text, "mockhost_calls_total{key=\"bob\",mock=\"todo\",status=\"3xx\"}"));
        assertFalse(text.contains("status=\"1xx\""), "a series appears with its first call");
    }

    @Test
    void aStatusOutsideTheClassesIsOther() {
        metrics.called("petstore", 999, "alice");
        assertEquals(1.0, value(metrics.scrape(),
                "mockhost_calls_total{key=\"alice\",mock=\"petstore\",status=\"other\"}"));
    }

    @Test
    void matchesAndRendersAreTimedAndMissesCountedPerMock() {
        metrics.matched("petstore", 1_000, true);
        metrics.rendered("petstore", 2_000);
        metrics.matched("petstore", 1_000, false);
        metrics.matched("petstore", 1_000, false);

        String text = metrics.scrape();
        assertEquals(3.0, value(text, "mockhost_match_seconds_count"));
        assertEquals(1.0, value(text, "mockhost_render_seconds_count"));
        assertEquals(2.0, value(text, "mockhost_no_match_total{mock=\"petstore\"}"));
        assertTrue(text.contains("mockhost_match_seconds_bucket{le=\"+Inf\"} 3"),
                "a histogram, for quantiles across nodes");
    }

    @Test
    void upstreamCallsAreCountedByMockAndOutcomeAndTimed() {
        metrics.forwarded("shop", "recorded", 5_000_000);
        metrics.forwarded("shop", "proxied", 2_000_000);
        metrics.forwarded("shop", "proxied", 2_000_000);
        metrics.forwarded("down", "error", 1_000_000_000);

        String text = metrics.scrape();
        assertEquals(1.0, value(text, "mockhost_upstream_calls_total{mock=\"shop\",outcome=\"recorded\"}"));
        assertEquals(2.0, value(text, "mockhost_upstream_calls_total{mock=\"shop\",outcome=\"proxied\"}"));
        assertEquals(1.0, value(text, "mockhost_upstream_calls_total{mock=\"down\",outcome=\"error\"}"));
        assertEquals(4.0, value(text, "mockhost_upstream_seconds_count"));
        assertEquals(1.009, value(text, "mockhost_upstream_seconds_sum"), 1e-9);
    }

    @Test
    void droppedCallLogRecordsAreCountedFromTheirStore() {
        assertEquals(0.0, value(metrics.scrape(), "mockhost_call_logs_dropped_total"), "before any store");
        long[] dropped = {3};
        metrics.watchCallLogs(() -> dropped[0]);
        assertEquals(3.0, value(metrics.scrape(), "mockhost_call_logs_dropped_total"));
        dropped[0] = 5;
        assertEquals(5.0, value(metrics.scrape(), "mockhost_call_logs_dropped_total"));
    }

    @Test
    void reloadsAreCountedByResultAndTheSnapshotIsGauged() throws Exception {
        HomeDirectory home = new HomeDirectory(root);
        home.prepare();
        Files.writeString(root.resolve("collections/shop.json"), """
                {"info": {"name": "Shop"}, "item": [{"name": "r", "request": {"url": "/a"},
                  "response": [{"name": "a", "code": 200}, {"name": "b", "code": 404}]}]}
                """);
        Files.writeString(root.resolve("collections/broken.json"), "{");
        Snapshot snapshot = new SnapshotLoader(home, 1_000_000, Clock.systemUTC()).loadAll();

        metrics.reloaded(snapshot, 5_000_000);
        metrics.reloadFailed(1_000_000);

        String text = metrics.scrape();
        assertEquals(1.0, value(text, "mockhost_reloads_total{result=\"errors\"}"));
        assertEquals(1.0, value(text, "mockhost_reloads_total{result=\"failed\"}"));
        assertEquals(0.0, value(text, "mockhost_reloads_total{result=\"ok\"}"));
        assertEquals(2.0, value(text, "mockhost_reload_seconds_count"));
        assertEquals(1.0, value(text, "mockhost_mocks"));
        assertEquals(2.0, value(text, "mockhost_examples"));
        assertEquals(1.0, value(text, "mockhost_file_errors"));
    }

    @Test
    void beforeTheFirstLoadNothingIsServed() {
        String text = metrics.scrape();
        assertEquals(0.0, value(text, "mockhost_mocks"));
        assertEquals(0.0, value(text, "mockhost_examples"));
        assertEquals(0.0, value(text, "mockhost_file_errors"));
    }

    @Test
    void flushLagIsTheTimeSinceTheLastCompleteFlush() {
        clock.advance(Duration.ofSeconds(3));
        assertEquals(3.0, value(metrics.scrape(), "mockhost_meter_flush_lag_seconds"), "counted from the start");
        metrics.flushed();
        assertEquals(0.0, value(metrics.scrape(), "mockhost_meter_flush_lag_seconds"));
        clock.advance(Duration.ofMillis(1500));
        assertEquals(1.5, value(metrics.scrape(), "mockhost_meter_flush_lag_seconds"));
    }

    @Test
    void storeErrorsAreCountedByOperationFromZero() {
        metrics.storeFailed(UsageEvents.Operation.FLUSH);
        metrics.storeFailed(UsageEvents.Operation.FLUSH);
        metrics.storeFailed(UsageEvents.Operation.READ);

        String text = metrics.scrape();
        assertEquals(2.0, value(text, "mockhost_store_errors_total{operation=\"flush\"}"));
        assertEquals(1.0, value(text, "mockhost_store_errors_total{operation=\"read\"}"));
        assertEquals(0.0, value(text, "mockhost_store_errors_total{operation=\"count\"}"));
        assertEquals(0.0, value(text, "mockhost_store_errors_total{operation=\"migrate\"}"));
    }

    @Test
    void twoInstancesShareNoMeter() {
        try (MockhostMetrics other = new MockhostMetrics(clock)) {
            other.called("petstore", 200, "alice");
            assertFalse(metrics.scrape().contains("mockhost_calls_total{"));
        }
    }

    /** The value of the sample named exactly {@code series} (name and labels, as Prometheus writes them). */
    static double value(String text, String series) {
        return text.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).split(" ")[0]))
                .orElseThrow(() -> new AssertionError(series + " not in\n" + text));
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
