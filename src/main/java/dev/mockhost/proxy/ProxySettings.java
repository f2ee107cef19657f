package dev.mockhost.proxy;

import dev.mockhost.config.Setting;
import dev.mockhost.config.Settings;
import dev.mockhost.mock.ProxyConfig;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The server's rules for proxying, read once from its settings. The allow-list is the server's, not the mock
 * file's: a key that may edit a collection must not be able to make the server call any host it likes (SSRF).
 *
 * @param allowedHosts   lower-case {@code host} (any port) or {@code host:port} entries; empty allows none
 * @param redactHeaders  lower-case header names redacted beside {@link Redactor#ALWAYS}
 * @param redactFields   JSON field names (case-insensitive) whose values are redacted
 * @param maxBodyBytes   larger request or answer bodies are not recorded
 * @param maxExamples    recorded examples one request may hold
 * @param maxRequests    requests recording may add to one collection: a crawler in record mode, calling path after
 *                       path, must not grow the file without bound
 */
public record ProxySettings(Set<String> allowedHosts, Duration timeout, Set<String> redactHeaders,
                            Set<String> redactFields, int maxBodyBytes, int maxExamples, int maxRequests) {

    public ProxySettings {
        allowedHosts = Set.copyOf(allowedHosts);
        redactHeaders = Set.copyOf(redactHeaders);
        redactFields = Set.copyOf(redactFields);
    }

    public static ProxySettings of(String allowedHosts, long timeoutMillis, String redactHeaders, String redactFields,
                                   long maxBodyBytes, long maxExamples, long maxRequests) {
        return new ProxySettings(list(allowedHosts), Duration.ofMillis(Math.max(1, timeoutMillis)),
                list(redactHeaders), list(redactFields), (int) Math.min(Integer.MAX_VALUE, maxBodyBytes),
                (int) Math.min(Integer.MAX_VALUE, maxExamples), (int) Math.min(Integer.MAX_VALUE, maxRequests));
    }

    public static ProxySettings from(Settings settings) {
        return of(settings.get(Setting.PROXY_ALLOWED_HOSTS), settings.getLong(Setting.PROXY_TIMEOUT_MILLIS),
                settings.get(Setting.PROXY_REDACT_HEADERS), settings.get(Setting.PROXY_REDACT_FIELDS),
                settings.getLong(Setting.PROXY_MAX_RECORDED_BODY_BYTES),
                settings.getLong(Setting.PROXY_MAX_RECORDED_EXAMPLES),
                settings.getLong(Setting.PROXY_MAX_RECORDED_REQUESTS));
    }

    /** Whether a mock's upstream may be called: its host, or its host and port, is listed. */
    public boolean allows(ProxyConfig proxy) {
        String hostAndPort = proxy.hostAndPort();
        String host = hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
        return allowedHosts.contains(host) || allowedHosts.contains(hostAndPort);
    }

    public Redactor redactor() {
        return new Redactor(redactHeaders, redactFields);
    }

    private static Set<String> list(String text) {
        return text == null ? Set.of() : Arrays.stream(text.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
