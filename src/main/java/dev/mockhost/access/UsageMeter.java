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
    private AccessPolicy policy;
    private ScheduledExecutorService flusher;

    protected UsageMeter() {
        // for CDI proxies
    }

    @Inject
    public UsageMeter(Settings settings) {
        this.settings = settings;
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
        meter = new Meter(store, Clock.systemUTC(), flushMillis <= 0, events);
        long perMinute = settings.getLong(Setting.PER_MINUTE_LIMIT);
        policy = new AccessPolicy(meter, quota(settings.get(Setting.ANONYMOUS_MONTHLY_QUOTA)),
                perMinute > 0 ? new MinuteLimiter((int) Math.min(perMinute, Integer.MAX_VALUE), Clock.systemUTC())
                        : null);
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
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "flushing usage counts failed; they stay counted in memory", e);
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
