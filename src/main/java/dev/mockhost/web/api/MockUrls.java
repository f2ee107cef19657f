package dev.mockhost.web.api;

import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;

/**
 * Where clients reach a mock: {@code <base>/<name>}, or {@code <scheme>://<name>.<mock domain>} when a mock domain
 * is set (a proxy with a wildcard host name forwards those to the application).
 */
final class MockUrls {

    private MockUrls() {
    }

    static String of(ApiExchange exchange, Settings settings, String name) {
        String base = exchange.baseUrl(settings.get(Setting.PUBLIC_BASE_URL));
        String domain = settings.get(Setting.MOCK_DOMAIN).strip();
        if (domain.isEmpty()) {
            return base + "/" + name;
        }
        int scheme = base.indexOf("://");
        return (scheme > 0 ? base.substring(0, scheme) : "http") + "://" + name + "." + domain;
    }
}
