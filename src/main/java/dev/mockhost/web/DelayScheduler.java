package dev.mockhost.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wakes delayed answers up. One thread only schedules: the answer itself is written on a container thread, so a
 * thousand delayed calls hold neither request threads nor this one.
 */
@ApplicationScoped
public class DelayScheduler {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "mockhost-delays");
        thread.setDaemon(true);
        return thread;
    });

    public void schedule(Runnable task, long delayMillis) {
        scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
