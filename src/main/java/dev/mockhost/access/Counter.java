package dev.mockhost.access;

/**
 * One bucket's calls in one period, on this node: the total the store had at the last flush, what is being
 * written now, and what was counted since. A quota check sees all three, so a node never lets more calls through
 * than its own view allows; other nodes' calls show up at the next flush.
 */
final class Counter {

    private long stored;
    private long writing;
    private long pending;

    /** Counts a call unless it would pass {@code limit} (null: no limit). */
    synchronized boolean tryAdd(Long limit) {
        if (limit != null && stored + writing + pending >= limit) {
            return false;
        }
        pending++;
        return true;
    }

    synchronized long total() {
        return stored + writing + pending;
    }

    /** Takes what is pending for writing. */
    synchronized long drain() {
        long delta = pending;
        pending = 0;
        writing += delta;
        return delta;
    }

    /** The store took {@code delta} and now holds {@code total}. */
    synchronized void written(long delta, long total) {
        writing -= delta;
        stored = total;
    }

    /** The store refused: the calls stay pending for the next flush. */
    synchronized void failed(long delta) {
        writing -= delta;
        pending += delta;
    }

    /** What other nodes counted, read at a flush; ignored while this node is writing. */
    synchronized void refreshed(long total) {
        if (writing == 0) {
            stored = Math.max(stored, total);
        }
    }

    synchronized boolean idle() {
        return writing == 0 && pending == 0;
    }

    /** Set when the total is the store's own (synchronous mode). */
    synchronized void stored(long total) {
        stored = total;
    }
}
