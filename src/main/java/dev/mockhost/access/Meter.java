package dev.mockhost.access;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts mock calls per bucket (an API key's name, or {@link #ANONYMOUS}) and calendar month, and enforces monthly
 * quotas. Counts are added in memory and written by {@link #flush()} with atomic increments; with
 * {@code synchronous} set, every call is written (and its quota checked) in the store itself, exact across nodes.
 */
public final class Meter {

    /** The bucket of calls to public mocks without an owner, made without a key. */
    public static final String ANONYMOUS = "~anonymous";

    private static final Logger LOG = Logger.getLogger(Meter.class.getName());

    private final UsageStore store;
    private final Clock clock;
    private final boolean synchronous;
    private final Function<Instant, UsagePeriod> periods;
    private final UsageEvents events;
    private final Map<Bucket, Counter> counters = new ConcurrentHashMap<>();

    /** A meter of calendar months: the monthly quota's. */
    public Meter(UsageStore store, Clock clock, boolean synchronous) {
        this(store, clock, synchronous, UsagePeriod::of, UsageEvents.NONE);
    }

    /** {@code periods} says which period an instant falls in (months, minutes). */
    public Meter(UsageStore store, Clock clock, boolean synchronous, Function<Instant, UsagePeriod> periods) {
        this(store, clock, synchronous, periods, UsageEvents.NONE);
    }

    /** A meter that also reports its flushes and the store's failures to {@code events}. */
    public Meter(UsageStore store, Clock clock, boolean synchronous, Function<Instant, UsagePeriod> periods,
                 UsageEvents events) {
        this.store = store;
        this.clock = clock;
        this.synchronous = synchronous;
        this.periods = periods;
        this.events = events;
    }

    /** The outcome of counting one call. */
    public record Decision(boolean accepted, long usage, Long limit, UsagePeriod period, Instant now) {

        public long remaining() {
            return limit == null ? Long.MAX_VALUE : Math.max(0, limit - usage);
        }

        public long retryAfterSeconds() {
            return period.secondsLeft(now);
        }
    }

    /** Counts a call against {@code bucket} unless that would pass {@code limit} (null: unlimited). */
    public Decision count(String bucket, Long limit) {
        Instant now = clock.instant();
        UsagePeriod period = periods.apply(now);
        Counter counter = counters.computeIfAbsent(new Bucket(bucket, period.key()), b -> load(b));
        if (synchronous) {
            return countInStore(bucket, limit, now, period, counter);
        }
        boolean accepted = counter.tryAdd(limit);
        return new Decision(accepted, counter.total(), limit, period, now);
    }

    /** This node's view of a bucket's calls this month: stored, being written and pending. */
    public long usage(String bucket) {
        UsagePeriod period = periods.apply(clock.instant());
        return counters.computeIfAbsent(new Bucket(bucket, period.key()), this::load).total();
    }

    public UsagePeriod currentPeriod() {
        return periods.apply(clock.instant());
    }

    /**
     * Writes what was counted since the last flush and reads what other nodes counted. A failed write keeps the
     * calls pending for the next flush.
     */
    public void flush() {
        String current = periods.apply(clock.instant()).key();
        boolean written = true;
        for (Map.Entry<Bucket, Counter> entry : counters.entrySet()) {
            Bucket bucket = entry.getKey();
            Counter counter = entry.getValue();
            long delta = counter.drain();
            if (delta == 0) {
                if (!bucket.period().equals(current) && counter.idle()) {
                    counters.remove(bucket, counter);
                }
                continue;
            }
            try {
                counter.written(delta, store.add(bucket.name(), bucket.period(), delta));
            } catch (SQLException e) {
                counter.failed(delta);
                written = false;
                events.storeFailed(UsageEvents.Operation.FLUSH);
                LOG.log(Level.WARNING, e, () -> "could not write " + delta + " call(s) of " + bucket
                        + "; they stay counted here and are written at the next flush");
            }
        }
        if (refresh(current) && written) {
            events.flushed();
        }
    }

    /** Whether the totals could be read. */
    private boolean refresh(String period) {
        try {
            Map<String, Long> totals = store.totals(period);
            counters.forEach((bucket, counter) -> {
                if (bucket.period().equals(period)) {
                    counter.refreshed(totals.getOrDefault(bucket.name(), 0L));
                }
            });
            return true;
        } catch (SQLException e) {
            events.storeFailed(UsageEvents.Operation.READ);
            LOG.log(Level.WARNING, "could not read the totals of other nodes", e);
            return false;
        }
    }

    private Decision countInStore(String bucket, Long limit, Instant now, UsagePeriod period, Counter counter) {
        try {
            if (limit == null) {
                long total = store.add(bucket, period.key(), 1);
                counter.stored(total);
                return new Decision(true, total, null, period, now);
            }
            boolean accepted = store.addOneWithin(bucket, period.key(), limit);
            long total = store.total(bucket, period.key());
            counter.stored(total);
            return new Decision(accepted, total, limit, period, now);
        } catch (SQLException e) {
            // a call is never refused because the store is down; it is counted here instead
            events.storeFailed(UsageEvents.Operation.COUNT);
            LOG.log(Level.WARNING, "could not count a call in the store; counting it in memory", e);
            boolean accepted = counter.tryAdd(limit);
            return new Decision(accepted, counter.total(), limit, period, now);
        }
    }

    private Counter load(Bucket bucket) {
        Counter counter = new Counter();
        try {
            counter.stored(store.total(bucket.name(), bucket.period()));
        } catch (SQLException e) {
            events.storeFailed(UsageEvents.Operation.READ);
            LOG.log(Level.WARNING, e, () -> "could not read the usage of " + bucket + "; counting from 0 until "
                    + "the next flush");
        }
        return counter;
    }

    private record Bucket(String name, String period) {
        @Override
        public String toString() {
            return name + " in " + period;
        }
    }
}
