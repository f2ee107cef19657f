package dev.mockhost.calls;

import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * The call logs of the mocks, bounded per mock ({@code mockhost.callLogSize}): in this node's memory, or, when the
 * container provides a DataSource every node shares, in that database, so that a cluster keeps one log per mock.
 */
@ApplicationScoped
public class CallLogs {

    private static final Logger LOG = Logger.getLogger(CallLogs.class.getName());

    private int capacity;
    private int bodyLimit;
    private volatile CallStore store;

    protected CallLogs() {
        // for CDI proxies
    }

    @Inject
    public CallLogs(Settings settings) {
        this((int) settings.getLong(Setting.CALL_LOG_SIZE), (int) settings.getLong(Setting.CALL_LOG_BODY_BYTES));
    }

    /** Kept in memory until {@link #start} says otherwise. */
    public CallLogs(int capacity, int bodyLimit) {
        this.capacity = capacity;
        this.bodyLimit = bodyLimit;
        this.store = new MemoryCallStore(capacity);
    }

    /** {@code shared}: the cluster's database, or null to keep call logs in memory. */
    public synchronized void start(DataSource shared) {
        if (shared != null) {
            store = new DatabaseCallStore(shared, capacity);
            LOG.info(() -> "call logs kept in the shared database, the newest " + capacity + " calls of each mock");
        }
    }

    public synchronized void stop() {
        store.close();
    }

    /** Call log records not kept since the store was started: the database took them slower than calls came. */
    public long dropped() {
        return store.dropped();
    }

    public int bodyLimit() {
        return bodyLimit;
    }

    public void add(String mock, CallRecord record) {
        store.add(mock, record);
    }

    public CallPage page(String mock, CallQuery query) {
        return store.page(mock, query);
    }

    public void forget(String mock) {
        store.forget(mock);
    }
}
