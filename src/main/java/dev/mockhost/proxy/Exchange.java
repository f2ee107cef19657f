package dev.mockhost.proxy;

import dev.mockhost.collection.NameValue;

import java.io.InputStream;
import java.util.List;

/**
 * One proxied call: what went to the upstream and what came back, as plain values (no servlet or client types), so
 * forwarding, redaction and recording are tested with {@code new}.
 *
 * @param path         the decoded path segments below the mock's name
 * @param rawQuery     the query string as sent, or "" for none
 * @param requestBody  the request body as text, as a recorded example saves it ("" for none, and for a multipart
 *                     body, whose fields an example does not save)
 * @param requestBytes the request body to send, as the caller sent it (empty for none)
 * @param response     the upstream's answer, or null before forwarding
 */
public record Exchange(String method, List<String> path, String rawQuery, List<NameValue> requestHeaders,
                       String requestBody, byte[] requestBytes, Upstream response) {

    public Exchange {
        path = List.copyOf(path);
        requestHeaders = List.copyOf(requestHeaders);
        rawQuery = rawQuery == null ? "" : rawQuery;
        requestBody = requestBody == null ? "" : requestBody;
        requestBytes = requestBytes == null ? new byte[0] : requestBytes;
    }

    /** This call, answered. */
    public Exchange answered(Upstream upstream) {
        return new Exchange(method, path, rawQuery, requestHeaders, requestBody, requestBytes, upstream);
    }

    /**
     * The upstream's answer as it came. {@code body} is all of it, or, for an answer too large to hold, its first
     * bytes, with {@code rest} the stream the remainder is read from (null when {@code body} is whole).
     */
    public record Upstream(int status, List<NameValue> headers, byte[] body, InputStream rest) {

        public Upstream {
            headers = List.copyOf(headers);
        }

        public Upstream(int status, List<NameValue> headers, byte[] body) {
            this(status, headers, body, null);
        }

        /** Whether {@code body} is the whole answer. */
        public boolean whole() {
            return rest == null;
        }

        public String header(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(NameValue::value).findFirst()
                    .orElse(null);
        }
    }

    /** The path as the mock's examples name it, {@code /pets/1}. */
    public String pathText() {
        return "/" + String.join("/", path);
    }
}
