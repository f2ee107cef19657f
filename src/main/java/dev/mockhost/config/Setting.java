package dev.mockhost.config;

import java.util.Locale;

/**
 * Every setting Mockhost reads. Each is looked up as a system property ({@link #property()}), then an environment
 * variable ({@link #environmentVariable()}), then a servlet context parameter of the property's name, then a JNDI
 * entry of that name, then its default. README's settings table lists the same.
 */
public enum Setting {
    HOME("mockhost.home", null, "the mounted directory"),
    POSTMAN_DIR("mockhost.postmanDir", "",
            "a folder in Postman's Git layout (collections/, environments/), or a checkout holding postman/; "
                    + "empty: postman/ in the mounted directory"),
    POLL_INTERVAL_MILLIS("mockhost.pollIntervalMillis", "250",
            "how often the mounted directory is checked for changes, in milliseconds"),
    MAX_FILE_BYTES("mockhost.maxFileBytes", "134217728", "larger files in the mounted directory are refused"),
    MAX_EXAMPLES_PER_MOCK("mockhost.maxExamplesPerMock", "200000",
            "a collection with more examples is refused with an error (each takes about 1 KB of heap, twice while "
                    + "a new version loads)"),
    CORS_ALLOWED_ORIGINS("mockhost.cors.allowedOrigins", "*",
            "comma-separated origins allowed to call mocks from a browser; * allows all"),
    CORS_ALLOW_CREDENTIALS("mockhost.cors.allowCredentials", "false",
            "answer credentialed browser calls (echoes the origin and sends Access-Control-Allow-Credentials)"),
    CORS_MAX_AGE_SECONDS("mockhost.cors.maxAgeSeconds", "600", "how long browsers may cache a preflight answer"),
    PUBLIC_BASE_URL("mockhost.publicBaseUrl", "",
            "absolute URL of the application as clients see it (behind a proxy); empty: taken from each request"),
    MOCK_DOMAIN("mockhost.mockDomain", "",
            "serve the mock <name> at <name>.<domain> too, with no name in the path (for a proxy with a wildcard "
                    + "host); empty: off"),
    ADMIN_KEY("mockhost.adminKey", "",
            "the secret of a bootstrap admin API key; empty: the first start generates one, logs it once and stores "
                    + "its hash in keys/admin.json"),
    METER_FLUSH_MILLIS("mockhost.meterFlushMillis", "1000",
            "how often counted calls are written to the store; 0 writes every call at once (exact across nodes)"),
    AUTH_FAILURES_PER_MINUTE("mockhost.authFailuresPerMinute", "20",
            "failed x-api-key checks allowed per client address and minute, then 429 authRateLimitError; 0: no limit"),
    PER_MINUTE_LIMIT("mockhost.perMinuteLimit", "0",
            "calls a minute allowed per key (or owner, or anonymous bucket), across the nodes sharing a database; "
                    + "0: no limit"),
    ANONYMOUS_MONTHLY_QUOTA("mockhost.anonymousMonthlyQuota", "",
            "monthly calls allowed to public mocks without owner, called without a key; empty: unlimited"),
    DATA_SOURCE("mockhost.dataSource", "java:comp/env/jdbc/mockhost",
            "JNDI name of the DataSource for usage counts; when it is not bound, an embedded H2 file under data/"),
    AUDIT_LOG_SIZE("mockhost.auditLogSize", "10000", "how many management writes the audit log keeps"),
    CALL_LOG_SIZE("mockhost.callLogSize", "1000",
            "how many recent calls each mock's call log keeps (in memory, or in the shared database)"),
    CALL_LOG_BODY_BYTES("mockhost.callLogBodyBytes", "16384",
            "request and response bodies longer than this are cut in call logs"),
    METRICS_OPEN("mockhost.metricsOpen", "false",
            "true: GET /api/metrics answers without a key; false: it needs an admin key"),
    PROXY_ALLOWED_HOSTS("mockhost.proxy.allowedHosts", "",
            "comma-separated hosts (host, or host:port) a mock's proxy may forward to; empty: proxying is off"),
    PROXY_TIMEOUT_MILLIS("mockhost.proxy.timeoutMillis", "10000",
            "how long a proxied call may wait to connect and for the upstream's answer, then 504 upstreamTimeoutError"),
    PROXY_REDACT_HEADERS("mockhost.proxy.redactHeaders", "",
            "comma-separated header names redacted in recorded examples, beside Authorization, Cookie, Set-Cookie, "
                    + "Proxy-Authorization and x-api-key"),
    PROXY_REDACT_FIELDS("mockhost.proxy.redactFields", "",
            "comma-separated JSON field names whose values are redacted, at any depth, in recorded bodies"),
    PROXY_MAX_RECORDED_BODY_BYTES("mockhost.proxy.maxRecordedBodyBytes", "1048576",
            "a proxied call whose request or answer body is larger is answered but not recorded"),
    PROXY_MAX_RECORDED_EXAMPLES("mockhost.proxy.maxRecordedExamples", "20",
            "how many recorded examples one request may hold; past it, calls are answered but not recorded"),
    PROXY_MAX_RECORDED_REQUESTS("mockhost.proxy.maxRecordedRequests", "500",
            "how many requests recording may add to one collection (its Recorded folder); past it, calls of other "
                    + "paths are answered but not recorded");

    private final String property;
    private final String environmentVariable;
    private final String defaultValue;
    private final String description;

    Setting(String property, String defaultValue, String description) {
        this.property = property;
        this.environmentVariable = property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_')
                .toUpperCase(Locale.ROOT);
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String property() {
        return property;
    }

    /** {@code mockhost.cors.allowedOrigins} -> {@code MOCKHOST_CORS_ALLOWED_ORIGINS}. */
    public String environmentVariable() {
        return environmentVariable;
    }

    /** The default, or null when it is computed ({@link #HOME}). */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
