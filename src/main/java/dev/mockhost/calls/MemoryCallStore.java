package dev.mockhost.calls;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Call logs in this node's memory: a ring per mock. The default for one node. */
final class MemoryCallStore implements CallStore {

    private final Map<String, CallLog> logs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final int capacity;

    MemoryCallStore(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public void add(String mock, CallRecord record) {
        logs.computeIfAbsent(mock, name -> new CallLog(capacity)).add(record.withId(ids.incrementAndGet()));
    }

    @Override
    public CallPage page(String mock, CallQuery query) {
        CallLog log = logs.get(mock);
        return log == null ? CallPage.empty() : log.page(query);
    }

    @Override
    public void forget(String mock) {
        logs.remove(mock);
    }

    @Override
    public void close() {
        logs.clear();
    }
}
