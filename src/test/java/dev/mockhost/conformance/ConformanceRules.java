package dev.mockhost.conformance;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conformance table, src/test/resources/conformance/rules.json: one row per rule of the spec's sections 3 and
 * 4, each a request and what must answer it. Served by the mock {@code conformance} (conformance.json with
 * conformance-environment.json).
 */
public final class ConformanceRules {

    public static final String COLLECTION = "/conformance/conformance.json";
    public static final String ENVIRONMENT = "/conformance/conformance-environment.json";

    private ConformanceRules() {
    }

    /** One row: the request to send and the answer expected. */
    public record Row(String rule, String section, boolean httpOnly, Request request, JsonObject expect) {

        @Override
        public String toString() {
            return section + " " + rule;
        }

        public int status() {
            return expect.getInt("status");
        }

        public Optional<String> example() {
            return expect.isNull("example") ? Optional.empty() : Optional.of(expect.getString("example"));
        }

        public Optional<String> text(String key) {
            return expect.containsKey(key) && !expect.isNull(key) ? Optional.of(expect.getString(key))
                    : Optional.empty();
        }

        public Map<String, String> expectedHeaders() {
            return strings(expect.getJsonObject("headers"));
        }

        public List<String> absentHeaders() {
            return expect.containsKey("absentHeaders")
                    ? expect.getJsonArray("absentHeaders").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList() : List.of();
        }
    }

    /** A request as the row gives it; {@code body} {@code @N} stands for N bytes. */
    public record Request(String mock, String method, String path, String query, Map<String, String> headers,
                          String body, Map<String, String> form, String contentType) {

        public String bodyText() {
            if (body != null && body.startsWith("@")) {
                return "x".repeat(Integer.parseInt(body.substring(1)));
            }
            return body == null ? "" : body;
        }
    }

    public static List<Row> rows() {
        try (InputStream in = ConformanceRules.class.getResourceAsStream("/conformance/rules.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(ConformanceRules::row).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] resource(String name) {
        try (InputStream in = ConformanceRules.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resourceText(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    private static Row row(JsonObject json) {
        JsonObject request = json.getJsonObject("request");
        return new Row(json.getString("rule"), json.getString("section"), json.getBoolean("httpOnly", false),
                new Request(request.getString("mock", "conformance"), request.getString("method"),
                        request.getString("path"), request.getString("query", ""),
                        strings(request.getJsonObject("headers")), request.getString("body", null),
                        request.containsKey("form") ? strings(request.getJsonObject("form")) : null,
                        request.getString("contentType", null)),
                json.getJsonObject("expect"));
    }

    private static Map<String, String> strings(JsonObject object) {
        Map<String, String> map = new LinkedHashMap<>();
        if (object != null) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                map.put(entry.getKey(), ((jakarta.json.JsonString) entry.getValue()).getString());
            }
        }
        return map;
    }
}
