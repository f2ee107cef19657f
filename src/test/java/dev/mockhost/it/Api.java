package dev.mockhost.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The management API over HTTP: JSON in, JSON out, a key per call. */
final class Api {

    static final String ADMIN = "it-admin-secret";

    private final Http http;

    Api(Http http) {
        this.http = http;
    }

    /** An answer: its status, its headers and its body, parsed when it is a JSON object. */
    record Reply(int status, JsonObject json, String text, HttpHeaders headers) {

        /** The answer's {@code ETag}, or null. */
        String etag() {
            return headers.firstValue("ETag").orElse(null);
        }

        JsonObject object(String key) {
            return json.getJsonObject(key);
        }

        String errorName() {
            return json == null || !json.containsKey("error") ? null : json.getJsonObject("error").getString("name");
        }

        String errorField() {
            return json.getJsonObject("error").getString("field", null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    Reply get(String path, String key) throws IOException, InterruptedException {
        return call("GET", path, key, null);
    }

    Reply post(String path, String key, String body) throws IOException, InterruptedException {
        return call("POST", path, key, body);
    }

    Reply put(String path, String key, String body) throws IOException, InterruptedException {
        return call("PUT", path, key, body);
    }

    Reply delete(String path, String key) throws IOException, InterruptedException {
        return call("DELETE", path, key, null);
    }

    /** {@code headers}: more request headers, as name, value, name, value... ({@code If-Match}). */
    Reply call(String method, String path, String key, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = http.request("api/" + path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        if (key != null) {
            builder.header("x-api-key", key);
        }
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(builder.build());
        return new Reply(response.statusCode(), parse(response.body()), response.body(), response.headers());
    }

    /** Creates a key through the API and answers its secret. */
    String key(String name, String role, String grants, String quota) throws IOException, InterruptedException {
        Reply created = post("keys", ADMIN, "{\"key\": {\"name\": \"" + name + "\", \"role\": \"" + role
                + "\", \"grants\": " + grants + ", \"monthlyQuota\": " + quota + "}}");
        if (created.status() != 200) {
            throw new IllegalStateException("cannot create key " + name + ": " + created);
        }
        return created.object("key").getString("secret");
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
