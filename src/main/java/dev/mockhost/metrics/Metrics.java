package dev.mockhost.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/**
 * The metrics of this deployment: one registry, created with the application and closed with it, so a redeploy
 * starts from zero and two deployments in one server never share a meter.
 */
@ApplicationScoped
public class Metrics {

    private MockhostMetrics recorder;

    @PostConstruct
    void create() {
        recorder = new MockhostMetrics(Clock.systemUTC());
    }

    /** Where calls, reloads and flushes are reported, and what {@code GET /api/metrics} scrapes. */
    public MockhostMetrics recorder() {
        return recorder;
    }

    @PreDestroy
    void close() {
        recorder.close();
    }
}
