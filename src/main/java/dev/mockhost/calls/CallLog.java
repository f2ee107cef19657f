package dev.mockhost.calls;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** One mock's most recent calls, at most {@code capacity}: the oldest goes when a new one comes. */
public final class CallLog {

    private final int capacity;
    private final ArrayDeque<CallRecord> records;

    public CallLog(int capacity) {
        this.capacity = Math.max(1, capacity);
        this.records = new ArrayDeque<>(Math.min(this.capacity, 1024));
    }

    public synchronized void add(CallRecord record) {
        if (records.size() == capacity) {
            records.removeFirst();
        }
        records.addLast(record);
    }

    /** A page, newest first: records older than {@code cursor} (all when null), then the cursor of the next page. */
    public synchronized Page page(Long cursor, int limit) {
        List<CallRecord> page = new ArrayList<>(Math.min(limit, records.size()));
        Iterator<CallRecord> newestFirst = records.descendingIterator();
        while (newestFirst.hasNext()) {
            CallRecord record = newestFirst.next();
            if (cursor != null && record.id() >= cursor) {
                continue;
            }
            if (page.size() == limit) {
                return new Page(page, page.get(page.size() - 1).id());
            }
            page.add(record);
        }
        return new Page(page, null);
    }

    public synchronized int size() {
        return records.size();
    }

    /** Records, newest first, and where the next page starts (null: no more). */
    public record Page(List<CallRecord> records, Long nextCursor) {

        public Page {
            records = List.copyOf(records);
        }
    }
}
