package dev.mockhost.calls;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** One mock's most recent calls in memory, at most {@code capacity}: the oldest goes when a new one comes. */
final class CallLog {

    private final int capacity;
    private final ArrayDeque<CallRecord> records;

    CallLog(int capacity) {
        this.capacity = Math.max(1, capacity);
        this.records = new ArrayDeque<>(Math.min(this.capacity, 1024));
    }

    synchronized void add(CallRecord record) {
        if (records.size() == capacity) {
            records.removeFirst();
        }
        records.addLast(record);
    }

    synchronized CallPage page(CallQuery query) {
        List<CallRecord> page = new ArrayList<>(Math.min(query.limit(), records.size()));
        Iterator<CallRecord> inOrder = query.newestFirst() ? records.descendingIterator() : records.iterator();
        while (inOrder.hasNext()) {
            CallRecord record = inOrder.next();
            if (!query.afterCursor(record.id()) || !query.matches(record)) {
                continue;
            }
            if (page.size() == query.limit()) {
                return new CallPage(page, page.get(page.size() - 1).id());
            }
            page.add(record);
        }
        return new CallPage(page, null);
    }

    synchronized int size() {
        return records.size();
    }
}
