package dev.mockhost.it;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * Connections calling random examples of a mock while its files change, every answer judged: the version it is a
 * whole example of, or a failure. A fixed number of threads, each call bounded by {@link Http}'s timeouts.
 */
final class CallStorm implements AutoCloseable {

    /** The failures kept to show; the rest are only counted, so a broken server cannot fill the test's heap. */
    private static final int FAILURES_SHOWN = 10;

    /** Judges one answer. */
    interface Judge {
        /**
         * The version whose example {@code n} (1-based) {@code answer} is, whole; -1 when it is none of the versions
         * the answer may come from. {@code epoch} is what the storm's clock read when the call was sent.
         */
        int versionOf(int n, long epoch, HttpResponse<String> answer);
    }

    /** What the callers saw: answers judged right, by version, and the failures (wrong, errors, exceptions). */
    record Counts(long answered, SortedMap<Integer, Long> perVersion, long failed, List<String> firstFailures) {
    }

    private final Http http;
    private final int examples;
    private final IntFunction<String> path;
    private final LongSupplier epoch;
    private final Judge judge;
    private final long pauseMillis;
    private final ExecutorService callers;
    private final AtomicBoolean calling = new AtomicBoolean(true);
    private final LongAdder answered = new LongAdder();
    private final Map<Integer, LongAdder> perVersion = new ConcurrentHashMap<>();
    private final AtomicLong failed = new AtomicLong();
    private final List<String> firstFailures = new CopyOnWriteArrayList<>();

    private CallStorm(Http http, int callers, int examples, IntFunction<String> path, LongSupplier epoch,
                      Judge judge, long pauseMillis) {
        this.http = http;
        this.examples = examples;
        this.path = path;
        this.epoch = epoch;
        this.judge = judge;
        this.pauseMillis = pauseMillis;
        this.callers = Executors.newFixedThreadPool(callers);
    }

    /**
     * Starts {@code callers} connections calling {@code path(n)} for random n in 1..examples, each pausing
     * {@code pauseMillis} after every answer (0: none).
     */
    static CallStorm start(Http http, int callers, int examples, IntFunction<String> path, LongSupplier epoch,
                           Judge judge, long pauseMillis) {
        CallStorm storm = new CallStorm(http, callers, examples, path, epoch, judge, pauseMillis);
        for (int i = 0; i < callers; i++) {
            storm.callers.submit(storm::call);
        }
        return storm;
    }

    /** Stops calling, waits for the calls under way, and counts. */
    Counts stop() throws InterruptedException {
        calling.set(false);
        callers.shutdown();
        if (!callers.awaitTermination(60, TimeUnit.SECONDS)) {
            failure("callers still running 60 s after the storm ended");
        }
        SortedMap<Integer, Long> versions = new TreeMap<>();
        perVersion.forEach((version, count) -> versions.put(version, count.sum()));
        return new Counts(answered.sum(), versions, failed.get(), List.copyOf(firstFailures));
    }

    @Override
    public void close() {
        calling.set(false);
        callers.shutdownNow();
    }

    private void call() {
        while (calling.get()) {
            int n = ThreadLocalRandom.current().nextInt(1, examples + 1);
            long sent = epoch.getAsLong();
            try {
                HttpResponse<String> answer = http.get(path.apply(n));
                int version = answer.statusCode() == 200 ? judge.versionOf(n, sent, answer) : -1;
                if (version < 0) {
                    failure(answer.statusCode() + " for example " + n + ": " + answer.body());
                } else {
                    answered.increment();
                    perVersion.computeIfAbsent(version, v -> new LongAdder()).increment();
                }
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            } catch (IOException | InterruptedException e) {
                failure("example " + n + ": " + e);
            }
        }
    }

    private void failure(String what) {
        if (failed.incrementAndGet() <= FAILURES_SHOWN) {
            firstFailures.add(what);
        }
    }
}
