package dev.mockhost.repository;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Says when the long-lived part of the heap stayed nearly full after a collection, so that loading a file can stop
 * with a clear error before the collector thrashes and every call stalls. The JVM itself watches the threshold; a
 * check is a few volatile reads.
 */
final class HeapHeadroom implements BooleanSupplier {

    /** Past this share of the tenured space after a collection, no more is loaded. */
    static final double FULL = 0.90;

    private final List<MemoryPoolMXBean> tenured;

    HeapHeadroom() {
        this.tenured = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                        && pool.getUsage().getMax() > 0
                        && (pool.getName().contains("Old") || pool.getName().contains("Tenured")))
                .toList();
        for (MemoryPoolMXBean pool : tenured) {
            pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * FULL));
        }
    }

    /** True while the last collection left the tenured space above the threshold. */
    @Override
    public boolean getAsBoolean() {
        for (MemoryPoolMXBean pool : tenured) {
            if (pool.isCollectionUsageThresholdExceeded()) {
                return true;
            }
        }
        return false;
    }
}
