package dev.mockhost.access;

import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The meter of this node and the thread that flushes it: started when the application deploys, flushed a last
 * time when it stops, so a graceful stop loses no count.
 */
@ApplicationScoped
public class UsageMeter {

    private static final Logger LOG = Logger.getLogger(UsageMeter.class.getName());

    private Settings settings;
    private UsageDataSource dataSource;
    private Meter meter;
    private MinuteLimiter perMinute;
    private UsageStore minuteStore;
    private AccessPolicy policy;
    private long lastPrune;
    private AuthFailures authFailures;
    private ScheduledExecutorService flusher;

    protected UsageMeter() {
        // for CDI proxies
    }

    @Inject
    public UsageMeter(Settings settings) {
        this.settings = settings;
        this.authFailures = new AuthFailures((int) Math.min(Integer.MAX_VALUE,
                settings.getLong(Setting.AUTH_FAILURES_PER_MINUTE)), Clock.systemUTC());
    }

    /** Failed key checks per client address: the limit on guessing keys. */
    public AuthFailures authFailures() {
        return authFailures;
    }

    /** Opens the store and starts flushing; the meter reports its flushes and the store's failures to events. */
    public synchronized void start(Path dataFolder, UsageEvents events) {
        long flushMillis = settings.getLong(Setting.METER_FLUSH_MILLIS);
        dataSource = UsageDataSource.open(settings.get(Setting.DATA_SOURCE), dataFolder);
        UsageStore store = new UsageStore(dataSource.dataSource());
        try {
            store.migrate();
        } catch (SQLException e) {
            events.storeFailed(UsageEvents.Operation.MIGRATE);
            // mocks keep answering; calls are counted in memory and written once the store answers
            LOG.log(Level.SEVERE, e, () -> "cannot prepare " + dataSource.description() + "; retrying at every flush");
        }
        meter = new Meter(store, Clock.systemUTC(), flushMillis <= 0, UsagePeriod::of, events);
        long limit = settings.getLong(Setting.PER_MINUTE_LIMIT);
        if (limit > 0) {
            minuteStore = UsageStore.perMinute(dataSource.dataSource());
            perMinute = new MinuteLimiter((int) Math.min(limit, Integer.MAX_VALUE), new Meter(minuteStore,
                    Clock.systemUTC(), flushMillis <= 0, UsagePeriod::minuteOf, events));
        }
        policy = new AccessPolicy(meter, quota(settings.get(Setting.ANONYMOUS_MONTHLY_QUOTA)), perMinute);
        flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mockhost-meter-flush");
            thread.setDaemon(true);
            return thread;
        });
        // in synchronous mode the flush only picks up other nodes' counts and calls the store could not take
        long period = flushMillis > 0 ? flushMillis : 1000;
        flusher.scheduleWithFixedDelay(this::flushQuietly, period, period, TimeUnit.MILLISECONDS);
        LOG.info(() -> "counting calls in " + dataSource.description() + (flushMillis > 0 ? ", flushed every "
                + flushMillis + " ms" : ", every call written at once"));
    }

    public AccessPolicy policy() {
        return policy;
    }

    public Meter meter() {
        return meter;
    }

    /** The database behind the counts: the embedded H2 or the container's. */
    public javax.sql.DataSource dataSource() {
        return dataSource.dataSource();
    }

    /** The database behind the counts when it is the container's (shared by a cluster); null for the embedded one. */
    public javax.sql.DataSource sharedDataSource() {
        return dataSource != null && dataSource.shared() ? dataSource.dataSource() : null;
    }

    /** Stops the flusher, writes what is left and closes the store. */
    public synchronized void stop() {
        if (flusher == null) {
            return;
        }
        flusher.shutdown();
        try {
            flusher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushQuietly();
        dataSource.close();
        flusher = null;
        LOG.info("usage counts written; store closed");
    }

    private void flushQuietly() {
        try {
            meter.flush();
            if (perMinute != null) {
                perMinute.meter().flush();
                pruneMinutes();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "flushing usage counts failed; they stay counted in memory", e);
        }
    }

    /** Once a minute: stored minutes are only read while current. */
    private void pruneMinutes() {
        long now = System.currentTimeMillis();
        if (now - lastPrune < 60_000) {
            return;
        }
        lastPrune = now;
        try {
            perMinute.prune(minuteStore, java.time.Instant.ofEpochMilli(now));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "could not delete the per-minute counts of past minutes; trying again in a minute",
                    e);
        }
    }

    private static Long quota(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + Setting.ANONYMOUS_MONTHLY_QUOTA.property()
                    + " must be a whole number of calls or empty, not \"" + text + "\"", e);
        }
    }
}
