package dev.mockhost.access;

import java.util.Locale;

/**
 * What the meter reports about its store: each completed flush, and each operation the store failed. Called on the
 * flusher's thread, or on a request thread when a count goes to the store at once.
 */
public interface UsageEvents {

    /** Reports nothing. */
    UsageEvents NONE = new UsageEvents() {
        @Override
        public void flushed() {
        }

        @Override
        public void storeFailed(Operation operation) {
        }
    };

    /** What the meter asked of the store. */
    enum Operation {
        /** preparing the tables when the application starts */
        MIGRATE,
        /** writing counted calls at a flush */
        FLUSH,
        /** reading totals: other nodes' counts at a flush, or a bucket's total when first counted */
        READ,
        /** writing one call at once (mockhost.meterFlushMillis = 0) */
        COUNT;

        /** The label value: {@code flush}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A flush wrote every pending count and read the totals: nothing is waiting for the store. */
    void flushed();

    void storeFailed(Operation operation);
}
