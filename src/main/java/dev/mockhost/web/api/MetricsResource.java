package dev.mockhost.web.api;

import dev.mockhost.access.Permissions;
import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.metrics.Metrics;
import dev.mockhost.metrics.MockhostMetrics;
import dev.mockhost.repository.SnapshotRepository;
import dev.mockhost.web.AccessFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/metrics}: every meter in Prometheus' text format, for an admin key; for anyone when
 * {@code mockhost.metricsOpen} is true (a scraper on a trusted network, without a key to keep).
 */
@ApplicationScoped
public class MetricsResource {

    @Inject
    SnapshotRepository repository;

    @Inject
    Settings settings;

    @Inject
    Metrics metrics;

    public void register(ApiRouter router) {
        router.add("GET", "/metrics", this::scrape);
    }

    private void scrape(ApiExchange exchange) throws IOException {
        if (!settings.getBoolean(Setting.METRICS_OPEN)) {
            ApiCall call = ApiCall.authenticate(exchange, repository);
            if (!Permissions.canReadMetrics(call.key())) {
                throw Failure.of(ErrorName.FORBIDDEN, "The API key \"" + call.key().name() + "\" may not read the "
                        + "metrics: they need an admin key, or the setting " + Setting.METRICS_OPEN.property()
                        + "=true").header(AccessFilter.API_KEY);
            }
        }
        byte[] text = metrics.recorder().scrape().getBytes(StandardCharsets.UTF_8);
        exchange.response().setStatus(200);
        exchange.response().setContentType(MockhostMetrics.CONTENT_TYPE);
        exchange.response().setContentLength(text.length);
        exchange.response().getOutputStream().write(text);
    }
}
