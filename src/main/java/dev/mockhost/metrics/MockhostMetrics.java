package dev.mockhost.metrics;

import dev.mockhost.access.UsageEvents;
import dev.mockhost.answer.AnswerTimings;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.ReloadEvents;
import dev.mockhost.repository.Snapshot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;

/**
 * Mockhost's meters in one Prometheus registry of its own (never Micrometer's global one): what every mock call,
 * reload and usage flush reports ends up here, and {@link #scrape} writes it in Prometheus' text format. Label values
 * are bounded by the mounted directory: mock names come from served mocks only, keys are key names, mock owners or
 * {@code ~anonymous}, never a secret. A call costs two map lookups, two histogram updates and an increment; no meter
 * is built twice.
 */
public final class MockhostMetrics implements AnswerTimings, UsageEvents, ReloadEvents, AutoCloseable {

    /** The Prometheus text format, version 0.0.4: what {@link #scrape} writes. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** The status label's values, by {@code status / 100}; anything outside 100..599 is {@code other}. */
    private static final String[] STATUS_CLASSES = {"other", "1xx", "2xx", "3xx", "4xx", "5xx"};

    /**
     * Matching and rendering take microseconds; the histograms' buckets span what they can plausibly take. They are
     * not tagged by mock: each histogram is about 80 series, so per mock they would grow the scrape by 160 series a
     * mock, with a directory of hundreds of collections; per-mock counts are in the calls and no-match counters.
     */
    private static final Duration FASTEST = Duration.ofNanos(10_000);
    private static final Duration SLOWEST = Duration.ofSeconds(1);

    private final PrometheusMeterRegistry registry;
    private final Clock clock;
    /** mock -> key -> counter by status class, each counter registered the first time it is needed */
    private final Map<String, Map<String, AtomicReferenceArray<Counter>>> calls = new ConcurrentHashMap<>();
    private final Timer matchTimer;
    private final Timer renderTimer;
    private final Map<String, Counter> noMatches = new ConcurrentHashMap<>();
    private final Map<UsageEvents.Operation, Counter> storeErrors = new EnumMap<>(UsageEvents.Operation.class);
    private final Counter reloadsOk;
    private final Counter reloadsWithErrors;
    private final Counter reloadsFailed;
    private final Timer reloadTimer;
    private final Timer upstreamTimer;
    /** "mock\noutcome" (no name holds a line break) -> counter of calls forwarded to the mock's upstream */
    private final Map<String, Counter> upstreamCalls = new ConcurrentHashMap<>();
    private volatile LongSupplier droppedCallLogs = () -> 0;
    private volatile Snapshot served;
    private volatile long lastFlushMillis;

    public MockhostMetrics(Clock clock) {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.clock = clock;
        this.lastFlushMillis = clock.millis();
        matchTimer = latency("mockhost.match", "Time to find the example that answers a call");
        renderTimer = latency("mockhost.render", "Time to render the matched example");
        reloadsOk = reloads("ok");
        reloadsWithErrors = reloads("errors");
        reloadsFailed = reloads("failed");
        reloadTimer = Timer.builder("mockhost.reload").description("Time to read changed files and build a snapshot")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1)).register(registry);
        upstreamTimer = Timer.builder("mockhost.upstream")
                .description("Time an upstream took to answer a call no example matched (or to fail)")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1)).register(registry);
        for (UsageEvents.Operation operation : UsageEvents.Operation.values()) {
            storeErrors.put(operation, Counter.builder("mockhost.store.errors")
                    .description("Operations of the usage store that failed").tag("operation", operation.label())
                    .register(registry));
        }
        gauge("mockhost.mocks", "Mocks served by the current snapshot", s -> s.mocks().size());
        gauge("mockhost.examples", "Examples served by the current snapshot",
                s -> s.mocks().values().stream().mapToLong(CompiledMock::exampleCount).sum());
        gauge("mockhost.file.errors", "Files currently failing to load (their last good version, if any, serves)",
                s -> s.errors().size());
        // the registry holds its state weakly: this object, which holds the supplier, lives as long as the registry
        FunctionCounter.builder("mockhost.call.logs.dropped", this, m -> m.droppedCallLogs.getAsLong())
                .description("Call log records not kept: the database took them slower than calls came")
                .register(registry);
        Gauge.builder("mockhost.meter.flush.lag", this, MockhostMetrics::flushLagSeconds).baseUnit("seconds")
                .description("Time since usage counts were last flushed to the store completely")
                .strongReference(true).register(registry);
    }

    /** One mock call answered with {@code status}, metered against {@code key} (a key name, owner or ~anonymous). */
    public void called(String mock, int status, String key) {
        Map<String, AtomicReferenceArray<Counter>> byKey = calls.get(mock);
        if (byKey == null) {
            byKey = calls.computeIfAbsent(mock, m -> new ConcurrentHashMap<>());
        }
        AtomicReferenceArray<Counter> byStatus = byKey.get(key);
        if (byStatus == null) {
            byStatus = byKey.computeIfAbsent(key, k -> new AtomicReferenceArray<>(STATUS_CLASSES.length));
        }
        int statusClass = status >= 100 && status <= 599 ? status / 100 : 0;
        Counter counter = byStatus.get(statusClass);
        if (counter == null) {
            // two threads may both get here: the registry hands both the same counter
            counter = Counter.builder("mockhost.calls").description("Mock calls answered, by status class and key")
                    .tag("mock", mock).tag("status", STATUS_CLASSES[statusClass]).tag("key", key)
                    .register(registry);
            byStatus.set(statusClass, counter);
        }
        counter.increment();
    }

    /**
     * A call no example matched, forwarded to the mock's upstream: {@code outcome} is {@code proxied} (answered),
     * {@code recorded} (answered and saved) or {@code error} (502, 504); {@code nanos} the upstream's time.
     */
    public void forwarded(String mock, String outcome, long nanos) {
        upstreamTimer.record(nanos, TimeUnit.NANOSECONDS);
        Counter counter = upstreamCalls.get(mock + '\n' + outcome);
        if (counter == null) {
            counter = upstreamCalls.computeIfAbsent(mock + '\n' + outcome, k -> Counter.builder("mockhost.upstream.calls")
                    .description("Calls no example matched, forwarded to the mock's upstream, by outcome")
                    .tag("mock", mock).tag("outcome", outcome).register(registry));
        }
        counter.increment();
    }

    @Override
    public void matched(String mock, long nanos, boolean found) {
        matchTimer.record(nanos, TimeUnit.NANOSECONDS);
        if (!found) {
            Counter counter = noMatches.get(mock);
            if (counter == null) {
                counter = noMatches.computeIfAbsent(mock, m -> Counter.builder("mockhost.no.match")
                        .description("Calls no example matched").tag("mock", m).register(registry));
            }
            counter.increment();
        }
    }

    @Override
    public void rendered(String mock, long nanos) {
        renderTimer.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void reloaded(Snapshot next, long nanos) {
        served = next;
        reloadTimer.record(nanos, TimeUnit.NANOSECONDS);
        (next.errors().isEmpty() ? reloadsOk : reloadsWithErrors).increment();
    }

    @Override
    public void reloadFailed(long nanos) {
        reloadTimer.record(nanos, TimeUnit.NANOSECONDS);
        reloadsFailed.increment();
    }

    @Override
    public void flushed() {
        lastFlushMillis = clock.millis();
    }

    @Override
    public void storeFailed(UsageEvents.Operation operation) {
        storeErrors.get(operation).increment();
    }

    /** Where the count of call log records dropped (the database fell behind) is read from at each scrape. */
    public void watchCallLogs(LongSupplier dropped) {
        droppedCallLogs = dropped;
    }

    /** Every meter, in the Prometheus text format ({@link #CONTENT_TYPE}). */
    public String scrape() {
        return registry.scrape(CONTENT_TYPE);
    }

    @Override
    public void close() {
        registry.close();
    }

    private double flushLagSeconds() {
        return Math.max(0, clock.millis() - lastFlushMillis) / 1000.0;
    }

    private Counter reloads(String result) {
        return Counter.builder("mockhost.reloads")
                .description("Loads of the mounted directory: ok, errors (some files failing) or failed (none served)")
                .tag("result", result).register(registry);
    }

    private Timer latency(String name, String description) {
        return Timer.builder(name).description(description).publishPercentileHistogram()
                .minimumExpectedValue(FASTEST).maximumExpectedValue(SLOWEST).register(registry);
    }

    private void gauge(String name, String description, ToDoubleFunction<Snapshot> value) {
        Gauge.builder(name, this, metrics -> metrics.served == null ? 0 : value.applyAsDouble(metrics.served))
                .description(description).strongReference(true).register(registry);
    }
}
