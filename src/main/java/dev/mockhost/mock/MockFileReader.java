package dev.mockhost.mock;

import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.JsonFields;
import dev.mockhost.collection.LocatedJson;
import dev.mockhost.collection.Parsed;
import dev.mockhost.collection.Problem;
import dev.mockhost.matching.MatchSettings;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code mocks/<name>.json}: {@code {"name", "collection", "environment", "private", "owner", "delay",
 * "matchBody", "matchHeaders", "matchQueryParams", "matchWildcards", "proxy"}}. The same settings are also read from a
 * {@code config} object, the shape of Postman's mock API. A mock is named after its file.
 */
public final class MockFileReader {

    private static final Pattern COLLECTION = Pattern.compile(
            "\"collection\"\\s*:\\s*\"([^\"\\\\]+)\"");

    /**
     * The collection a mock file names, read leniently from a file that cannot be read as a whole: while a mock
     * file is broken, the collection it serves must not fall back to a public mock of its own.
     */
    public static String collectionNamedIn(byte[] bytes) {
        Matcher named = COLLECTION.matcher(new String(bytes, StandardCharsets.UTF_8));
        return named.find() ? named.group(1) : null;
    }

    public Parsed<MockDefinition> read(String file, String mockName, byte[] bytes) throws InvalidFileException {
        LocatedJson doc = LocatedJson.parse(file, bytes);
        if (!(doc.root() instanceof JsonObject root)) {
            throw new InvalidFileException(Problem.ofFile(file, "a mock file is a JSON object"));
        }
        List<Problem> warnings = new ArrayList<>();
        String name = JsonFields.text(root, "name");
        if (name != null && !name.equals(mockName)) {
            warnings.add(doc.problem(root, "\"name\" is \"" + name + "\" but a mock is named after its file: \""
                    + mockName + "\""));
        }
        String collection = JsonFields.text(root, "collection");
        if (collection == null || collection.isBlank()) {
            throw new InvalidFileException(doc.problem(root, "\"collection\" must name the collection to serve "
                    + "(its file name in collections/, without .json)"), "collection");
        }
        JsonObject config = JsonFields.object(root, "config");
        JsonObject settings = config == null ? root : config;
        MatchSettings match = new MatchSettings(flag(settings, "matchQueryParams", true),
                flag(settings, "matchBody", false), headers(doc, settings));
        List<ServerResponse> serverResponses = serverResponses(doc, root);
        String active = blankToNull(JsonFields.text(settings, "serverResponseId"));
        if (active != null && serverResponses.stream().noneMatch(r -> r.id().equals(active))) {
            warnings.add(doc.problem(settings, "\"serverResponseId\" names no server response of this mock: \""
                    + active + "\"; examples answer"));
        }
        return new Parsed<>(new MockDefinition(mockName, collection.strip(), blankToNull(JsonFields.text(root,
                "environment")), JsonFields.isTrue(root, "private"), blankToNull(JsonFields.text(root, "owner")),
                match, flag(settings, "matchWildcards", true), delay(doc, settings), serverResponses, active,
                proxy(doc, root)),
                warnings);
    }

    /** {@code "serverResponses": [{"id", "name", "statusCode", "headers": [{key, value}], "body"}]}. */
    private static List<ServerResponse> serverResponses(LocatedJson doc, JsonObject root) throws InvalidFileException {
        JsonValue value = root.get("serverResponses");
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidFileException(doc.problem(root, "\"serverResponses\" must be a list"), "serverResponses");
        }
        List<ServerResponse> responses = new ArrayList<>();
        for (JsonValue entry : array) {
            if (!(entry instanceof JsonObject response) || JsonFields.text(response, "id") == null) {
                throw new InvalidFileException(doc.problem(array, "every server response is an object with an \"id\""),
                        "serverResponses");
            }
            String status = JsonFields.textOr(response, "statusCode", "500");
            if (!ServerResponse.isServerError(status)) {
                throw new InvalidFileException(doc.problem(response, "a server response's \"statusCode\" is 500 "
                        + "to 599, not " + status), "statusCode");
            }
            responses.add(new ServerResponse(JsonFields.text(response, "id"), JsonFields.textOr(response, "name", ""),
                    Integer.parseInt(status.strip()), JsonFields.enabledPairs(response.get("headers")),
                    JsonFields.textOr(response, "body", "")));
        }
        return responses;
    }

    /** {@code "proxy": {"target": "http(s)://host[:port][/prefix]", "mode": "passthrough" | "record"}}, or null. */
    private static ProxyConfig proxy(LocatedJson doc, JsonObject root) throws InvalidFileException {
        JsonValue value = root.get("proxy");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject proxy)) {
            throw new InvalidFileException(doc.problem(root, "\"proxy\" must be an object: {\"target\", \"mode\"}"));
        }
        String target = blankToNull(JsonFields.text(proxy, "target"));
        URI uri = null;
        try {
            uri = target == null ? null : new URI(target);
        } catch (URISyntaxException e) {
            // reported below with the rest of what makes a target unusable
        }
        if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new InvalidFileException(doc.problem(proxy, "\"proxy\".\"target\" must be an http or https URL "
                    + "with a host and no query, fragment or user, not " + (target == null ? "nothing" : target)));
        }
        String label = JsonFields.textOr(proxy, "mode", ProxyConfig.Mode.PASSTHROUGH.label());
        ProxyConfig.Mode mode = ProxyConfig.Mode.of(label);
        if (mode == null) {
            throw new InvalidFileException(doc.problem(proxy, "\"proxy\".\"mode\" is passthrough or record, not "
                    + label));
        }
        return new ProxyConfig(uri, mode);
    }

    private static boolean flag(JsonObject object, String key, boolean fallback) {
        JsonValue value = object.get(key);
        if (value == JsonValue.TRUE) {
            return true;
        }
        return value == JsonValue.FALSE ? false : fallback;
    }

    /** {@code matchHeaders} (Mockhost) or {@code headers} (Postman's config): a list of header names. */
    private static List<String> headers(LocatedJson doc, JsonObject settings) throws InvalidFileException {
        JsonValue value = settings.containsKey("matchHeaders") ? settings.get("matchHeaders") : settings.get("headers");
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            throw new InvalidFileException(doc.problem(settings, "\"matchHeaders\" must be a list of header names"),
                    "matchHeaders");
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Delay delay(LocatedJson doc, JsonObject settings) throws InvalidFileException {
        try {
            return Delay.fromJson(settings.get("delay"));
        } catch (IllegalArgumentException e) {
            throw new InvalidFileException(doc.problem(settings, "\"delay\": " + e.getMessage()), "delay");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
