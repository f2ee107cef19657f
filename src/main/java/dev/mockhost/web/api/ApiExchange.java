package dev.mockhost.web.api;

import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.LocatedJson;
import dev.mockhost.collection.Problem;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.repository.FileVersion;
import dev.mockhost.repository.IfMatch;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One API call: the request, its path parameters, and ways to read JSON in and answer JSON out. */
public record ApiExchange(HttpServletRequest request, HttpServletResponse response, Map<String, String> parameters,
                          Jsonb jsonb, long maxBodyBytes) {

    public String parameter(String name) {
        return parameters.get(name);
    }

    /** The request's {@code If-Match}: which version of the file the caller's write is meant for. */
    public IfMatch ifMatch() {
        return IfMatch.parse(request.getHeader("If-Match"));
    }

    /** {@code ETag}: the version of the file behind the answer; none when there is no such file (null). */
    public ApiExchange etag(FileVersion version) {
        if (version != null) {
            response.setHeader("ETag", version.tag());
        }
        return this;
    }

    public void json(int status, Object body) throws IOException {
        String text = body instanceof JsonValue value ? value.toString() : jsonb.toJson(body);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json; charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** {@code {"<key>": value}}, the Postman API's shape of one document. */
    public void json(int status, String key, JsonValue value) throws IOException {
        json(status, dev.mockhost.collection.Jsonp.PROVIDER.createObjectBuilder().add(key, value).build());
    }

    /**
     * The request body as a JSON object, holding {@code wrapper} ({@code {"mock": {...}}}) when it is not null.
     *
     * @throws Failure 400 when too large, not JSON (with line and column), not an object, or without
     *                 the wrapper
     */
    public JsonObject body(String wrapper) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        if (bytes.length > maxBodyBytes) {
            throw Failure.of(ErrorName.REQUEST_BODY_TOO_LARGE, "The body is larger than " + maxBodyBytes
                    + " bytes (setting mockhost.maxFileBytes)");
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw Failure.of(ErrorName.MALFORMED_REQUEST, "The body is empty; send a JSON object");
        }
        JsonValue root;
        try {
            root = LocatedJson.parse("request body", bytes).root();
        } catch (InvalidFileException e) {
            Problem problem = e.problem();
            throw Failure.of(ErrorName.MALFORMED_REQUEST, "The body "
                    + (problem.line() > 0 ? "at line " + problem.line() + ", column " + problem.column() + " " : "")
                    + "is " + problem.message());
        }
        if (!(root instanceof JsonObject object)) {
            throw Failure.of(ErrorName.MALFORMED_REQUEST, "The body must be a JSON object");
        }
        if (wrapper == null) {
            return object;
        }
        if (!(object.get(wrapper) instanceof JsonObject inner)) {
            throw Failure.invalid(wrapper, "The body must be {\"" + wrapper + "\": {...}}");
        }
        return inner;
    }

    public int intQuery(String name, int fallback, int min, int max) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** {@code http://host:port/context}, or the configured public base URL. */
    public String baseUrl(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }
}
