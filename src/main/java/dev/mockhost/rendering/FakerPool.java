package dev.mockhost.rendering;

import net.datafaker.Faker;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Fakers to lend: one per render at a time (a Faker is not safe to share), kept for the next render since
 * creating one is slow. A pool rather than a ThreadLocal, so no container thread keeps the application's classes
 * alive after it is undeployed.
 */
final class FakerPool {

    private static final int KEPT = 64;

    private final ConcurrentLinkedQueue<Faker> idle = new ConcurrentLinkedQueue<>();

    Faker borrow() {
        Faker faker = idle.poll();
        return faker != null ? faker : new Faker();
    }

    void giveBack(Faker faker) {
        if (idle.size() < KEPT) {
            idle.offer(faker);
        }
    }
}
