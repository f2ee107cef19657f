package dev.mockhost.web;

import dev.mockhost.access.UsageMeter;
import dev.mockhost.audit.AuditTrail;
import dev.mockhost.calls.CallLogs;
import dev.mockhost.metrics.Metrics;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

/**
 * Starts the directory watcher when the WAR is deployed and stops it when it is undeployed. CDI has no
 * {@code @Startup} outside EJB, and application-scoped beans are created lazily: observing the application
 * context's initialization is the portable way to start work at deployment.
 */
@ApplicationScoped
public class ApplicationLifecycle {

    @Inject
    SnapshotRepository repository;

    @Inject
    UsageMeter usage;

    @Inject
    CallLogs callLogs;

    @Inject
    AuditTrail audit;

    @Inject
    Metrics metrics;

    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        repository.start(metrics.recorder());
        usage.start(repository.home().data(), metrics.recorder());
        callLogs.start(usage.sharedDataSource());
        metrics.recorder().watchCallLogs(callLogs::dropped);
        audit.start(usage.dataSource());
    }

    /** The last flush of usage counts happens here: a graceful stop loses none. */
    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) ServletContext context) {
        callLogs.stop();
        usage.stop();
        repository.stop();
    }
}
