package dev.mockhost.proxy;

import dev.mockhost.collection.NameValue;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.mock.ProxyConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Forwards a call no example matched to the mock's upstream with Java's {@link HttpClient} and returns the answer as
 * it came (redirects are the caller's to follow, as they would be without Mockhost). Failures are answered, never
 * hidden: a refused connection or an unknown host is 502, a slow upstream 504, each naming the upstream.
 */
public final class Forwarder implements AutoCloseable {

    /**
     * Request headers that stay here: hop-by-hop ones (RFC 9110 7.6.1), those the client computes itself (it refuses
     * to be given them), and Mockhost's own, which are meant for this server and may carry its key.
     */
    static final Set<String> DROPPED_REQUEST = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length", "expect", "x-api-key", "http2-settings");

    /** Answer headers the servlet container computes for the answer it writes. */
    static final Set<String> DROPPED_RESPONSE = Set.of("connection", "keep-alive", "proxy-connection", "te",
            "trailer", "transfer-encoding", "upgrade", "content-length");

    private final Duration timeout;
    private final int maxBufferedBytes;
    /** Made at the first forwarded call: a client runs a selector thread, which a server that never proxies lacks. */
    private volatile HttpClient client;

    /** {@code maxBufferedBytes}: the most of an answer held in memory (a larger one is streamed, never recorded). */
    public Forwarder(Duration timeout, int maxBufferedBytes) {
        this.timeout = timeout;
        this.maxBufferedBytes = maxBufferedBytes;
    }

    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                if (client == null) {
                    // the client's own tasks run where they arise, never handed to a pool: each call waits for
                    // its answer anyway, and on two cores the hand-offs halved the calls a second (the body is
                    // read through ofInputStream, so no task blocks the selector thread)
                    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                            .followRedirects(HttpClient.Redirect.NEVER).executor(Runnable::run).build();
                }
                made = client;
            }
        }
        return made;
    }

    /**
     * Stops the client's threads where the JVM can (Java 21 made the client closeable); on Java 17 they end once the
     * undeployed application's client is collected.
     */
    @Override
    public void close() {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // nothing is waiting on it: the application is going away
            }
        }
    }

    /**
     * @throws Failure {@code upstreamUnreachableError} (502) or {@code upstreamTimeoutError} (504)
     */
    public Exchange.Upstream forward(ProxyConfig proxy, Exchange call) throws InterruptedException {
        URI uri = target(proxy.target(), call.path(), call.rawQuery());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).method(call.method(),
                body(call.requestBytes()));
        for (NameValue header : call.requestHeaders()) {
            if (forwarded(header.name())) {
                request.header(header.name(), header.value());
            }
        }
        HttpResponse<InputStream> response;
        byte[] head;
        try {
            response = client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            head = head(response.body());
        } catch (HttpTimeoutException e) {
            throw Failure.of(ErrorName.UPSTREAM_TIMEOUT, "The upstream " + proxy.target() + " did not answer "
                    + call.method() + " " + call.pathText() + " within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw Failure.of(ErrorName.UPSTREAM_UNREACHABLE, "The upstream " + proxy.target() + " could not be "
                    + "reached for " + call.method() + " " + call.pathText() + ": " + describe(e));
        }
        List<NameValue> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            if (!header.getKey().startsWith(":") && !DROPPED_RESPONSE.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> headers.add(new NameValue(header.getKey(), value)));
            }
        }
        InputStream rest = head.length > maxBufferedBytes ? response.body() : null;
        return new Exchange.Upstream(response.statusCode(), headers, head, rest);
    }

    /**
     * At most one byte more than {@link #maxBufferedBytes}: a larger answer is streamed to the caller from there, so
     * a download through a mock costs this much memory, not its size.
     */
    private byte[] head(InputStream body) throws IOException {
        try {
            byte[] head = body.readNBytes(maxBufferedBytes + 1);
            if (head.length <= maxBufferedBytes) {
                body.close();
            }
            return head;
        } catch (IOException e) {
            body.close();
            throw e;
        }
    }

    /** The bytes as the caller sent them: never decoded and encoded again, so any charset (or none) survives. */
    static HttpRequest.BodyPublisher body(byte[] bytes) {
        return bytes.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes);
    }

    static boolean forwarded(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !DROPPED_REQUEST.contains(lower) && !lower.startsWith("x-mock-");
    }

    /** The target's path, then the call's path below the mock re-encoded segment by segment, then its query. */
    static URI target(URI base, List<String> path, String rawQuery) {
        StringBuilder url = new StringBuilder(base.getScheme()).append("://").append(base.getRawAuthority());
        String prefix = base.getRawPath() == null ? "" : base.getRawPath();
        url.append(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        for (String segment : path) {
            url.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (path.isEmpty()) {
            url.append('/');
        }
        if (!rawQuery.isEmpty()) {
            url.append('?').append(rawQuery);
        }
        return URI.create(url.toString());
    }

    /** The cause without a stack trace: a refused connection often has no message of its own. */
    private static String describe(IOException e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
