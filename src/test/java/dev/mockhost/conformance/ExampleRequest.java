package dev.mockhost.conformance;

import dev.mockhost.collection.BodyMode;
import dev.mockhost.collection.Example;
import dev.mockhost.collection.NameValue;
import dev.mockhost.collection.RequestBody;
import dev.mockhost.collection.SavedRequest;
import dev.mockhost.matching.IncomingRequest;
import dev.mockhost.matching.Text;
import dev.mockhost.rendering.VariableScope;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The call a client makes from an example's saved request: variables resolved as the mock resolves them, a path
 * variable replaced by its saved value (or a placeholder), an unresolved {@code {{var}}} segment by a placeholder,
 * the saved query, headers and body, and {@code x-mock-match-request-body: true} when the example has a body.
 *
 * @param path   path segments below the mock name, percent-encoded
 * @param query  the query string, percent-encoded
 * @param form   multipart fields (formdata bodies), else empty
 */
public record ExampleRequest(String method, List<String> path, String query, Map<String, String> headers,
                             String body, List<NameValue> form) {

    /** Headers a client library sets itself or refuses to send. */
    private static final Set<String> NOT_SENT = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "content-type", "te", "trailer", "keep-alive", "x-mock-response-code",
            "x-mock-response-name", "x-mock-response-id", "x-mock-match-request-body",
            "x-mock-match-request-headers", "x-mock-response-delay");

    public static ExampleRequest of(Example example, VariableScope scope) {
        SavedRequest saved = example.request();
        Map<String, String> pathVariables = new LinkedHashMap<>();
        saved.url().pathVariables().forEach(v -> pathVariables.put(v.name(), v.value()));
        List<String> path = new ArrayList<>();
        for (String segment : saved.url().path()) {
            path.addAll(segment(segment, scope, pathVariables));
        }
        String query = saved.url().query().stream()
                .map(q -> encode(scope.resolve(q.name())) + (q.value().isEmpty() ? "" : "=" + encode(
                        scope.resolve(q.value()))))
                .collect(Collectors.joining("&"));
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String contentType = null;
        for (NameValue header : saved.headers()) {
            String value = scope.resolve(header.value());
            if (header.name().equalsIgnoreCase("content-type")) {
                contentType = value;
            } else if (!NOT_SENT.contains(header.name().toLowerCase(Locale.ROOT)) && sendable(header.name(), value)) {
                headers.put(header.name(), value);
            }
        }
        RequestBody body = saved.body();
        if (!body.isEmpty() && body.mode() != BodyMode.FILE) {
            headers.put("x-mock-match-request-body", "true");
            String type = contentType != null ? contentType : body.impliedContentType();
            if (!type.isEmpty() && body.mode() != BodyMode.FORMDATA) {
                headers.put("Content-Type", type);
            }
        } else if (contentType != null && !body.isEmpty()) {
            headers.put("Content-Type", contentType);
        }
        return new ExampleRequest(saved.method(), path, query, headers, bodyText(body),
                body.mode() == BodyMode.FORMDATA ? body.pairs() : List.of());
    }

    /** The same call as the matcher receives it. */
    public IncomingRequest incoming() {
        Map<String, String> lookup = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        lookup.putAll(headers);
        if (!form.isEmpty()) {
            lookup.put("Content-Type", "multipart/form-data; boundary=x");
        }
        return IncomingRequest.of(method, path, query, lookup::get, body, form);
    }

    /** {@code a/b?c=d}, ready to append to a mock's URL. */
    public String pathAndQuery() {
        return String.join("/", path) + (query.isEmpty() ? "" : "?" + query);
    }

    private static List<String> segment(String raw, VariableScope scope, Map<String, String> pathVariables) {
        if (raw.length() > 1 && raw.charAt(0) == ':') {
            String value = pathVariables.getOrDefault(raw.substring(1), "");
            return List.of(value.isEmpty() || value.contains("{{") ? "p1" : encode(value));
        }
        String resolved = scope.resolve(raw);
        if (resolved.isEmpty() && raw.startsWith("{{") && raw.endsWith("}}")) {
            return List.of(""); // an empty variable: Postman's runner sends an empty segment, /users//orders
        }
        if (resolved.startsWith("{{") && resolved.endsWith("}}") && resolved.indexOf("{{", 2) < 0) {
            return List.of("w1");
        }
        if (resolved.equals(raw)) {
            return List.of(encode(Text.percentDecode(raw)));
        }
        List<String> parts = new ArrayList<>();
        for (String part : resolved.split("/")) {
            if (!part.isEmpty()) {
                parts.add(encode(Text.percentDecode(part)));
            }
        }
        return parts;
    }

    private static String bodyText(RequestBody body) {
        return switch (body.mode()) {
            case RAW, GRAPHQL -> body.text();
            case URLENCODED -> body.pairs().stream().map(p -> URLEncoder.encode(p.name(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(p.value(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            default -> "";
        };
    }

    /** Percent-encodes everything but unreserved characters, so the text survives any URI parser. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~");
    }

    private static boolean sendable(String name, String value) {
        return name.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)
                && value.chars().allMatch(c -> c >= 32 && c != 127) && value.length() < 4000;
    }
}
