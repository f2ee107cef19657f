package dev.mockhost.proxy;

import dev.mockhost.collection.NameValue;

import java.util.List;

/**
 * One proxied call: what went to the upstream and what came back, as plain values (no servlet or client types), so
 * forwarding, redaction and recording are tested with {@code new}.
 *
 * @param path         the decoded path segments below the mock's name
 * @param rawQuery     the query string as sent, or "" for none
 * @param requestBody  the request body as text ("" for none)
 */
public record Exchange(String method, List<String> path, String rawQuery, List<NameValue> requestHeaders,
                       String requestBody, Upstream response) {

    public Exchange {
        path = List.copyOf(path);
        requestHeaders = List.copyOf(requestHeaders);
        rawQuery = rawQuery == null ? "" : rawQuery;
        requestBody = requestBody == null ? "" : requestBody;
    }

    /** The upstream's answer as it came. */
    public record Upstream(int status, List<NameValue> headers, byte[] body) {

        public Upstream {
            headers = List.copyOf(headers);
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
