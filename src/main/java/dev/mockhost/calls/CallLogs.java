package dev.mockhost.calls;

import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The call logs of this node's mocks: runtime state, kept in memory, bounded per mock
 * ({@code mockhost.callLogSize}).
 */
@ApplicationScoped
public class CallLogs {

    private final Map<String, CallLog> logs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private int capacity;
    private int bodyLimit;

    protected CallLogs() {
        // for CDI proxies
    }

    @Inject
    public CallLogs(Settings settings) {
        this((int) settings.getLong(Setting.CALL_LOG_SIZE), (int) settings.getLong(Setting.CALL_LOG_BODY_BYTES));
    }

    public CallLogs(int capacity, int bodyLimit) {
        this.capacity = capacity;
        this.bodyLimit = bodyLimit;
    }

    /** The next record id: ids grow with time, so they serve as cursors. */
    public long nextId() {
        return ids.incrementAndGet();
    }

    public int bodyLimit() {
        return bodyLimit;
    }

    public void add(String mock, CallRecord record) {
        logs.computeIfAbsent(mock, name -> new CallLog(capacity)).add(record);
    }

    public CallLog.Page page(String mock, Long cursor, int limit) {
        CallLog log = logs.get(mock);
        return log == null ? new CallLog.Page(java.util.List.of(), null) : log.page(cursor, limit);
    }

    public void forget(String mock) {
        logs.remove(mock);
    }
}
