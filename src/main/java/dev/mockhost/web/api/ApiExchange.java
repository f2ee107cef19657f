package dev.mockhost.web.api;

import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.LocatedJson;
import dev.mockhost.collection.Problem;
import dev.mockhost.web.ErrorBody;
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

    public void json(int status, Object body) throws IOException {
        String text = body instanceof JsonValue value ? value.toString() : jsonb.toJson(body);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json; charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    public void error(ErrorBody error) throws IOException {
        error.writeTo(response);
    }

    /**
     * The request body as a JSON object, holding {@code wrapper} ({@code {"mock": {...}}}) when it is not null; null
     * after answering 400 (not JSON, with line and column; not an object; no such member).
     */
    public JsonObject body(String wrapper) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        if (bytes.length > maxBodyBytes) {
            error(ErrorBody.of(413, "payloadTooLargeError", "The body is larger than " + maxBodyBytes
                    + " bytes (setting mockhost.maxFileBytes)"));
            return null;
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            error(ErrorBody.of(400, "malformedRequestError", "The body is empty; send a JSON object"));
            return null;
        }
        JsonValue root;
        try {
            root = LocatedJson.parse("request body", bytes).root();
        } catch (InvalidFileException e) {
            Problem problem = e.problem();
            error(ErrorBody.of(400, "malformedRequestError", "The body "
                    + (problem.line() > 0 ? "at line " + problem.line() + ", column " + problem.column() + " " : "")
                    + "is " + problem.message()));
            return null;
        }
        if (!(root instanceof JsonObject object)) {
            error(ErrorBody.of(400, "malformedRequestError", "The body must be a JSON object"));
            return null;
        }
        if (wrapper == null) {
            return object;
        }
        if (!(object.get(wrapper) instanceof JsonObject inner)) {
            error(ErrorBody.of(400, "invalidParamError", "The body must be {\"" + wrapper + "\": {...}}")
                    .withField(wrapper));
            return null;
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
