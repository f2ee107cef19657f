package dev.mockhost.calls;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.Explanation;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A call record as the API gives it (headers as the Postman API's {@code [{key, value}]}) and as the database keeps
 * it: one JSON document, read back into the same record.
 */
public final class CallRecordJson {

    /** The parts the Postman API's {@code include} parameter names; a record shows all of them unless asked. */
    public static final Set<String> PARTS = Set.of("request.headers", "request.body", "response.headers",
            "response.body");

    private CallRecordJson() {
    }

    /** {@code include}: which of {@link #PARTS} to show; null shows all. */
    public static JsonObject of(CallRecord record, Set<String> include) {
        JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder().add("id", Long.toString(record.id()))
                .add("servedAt", record.servedAt().toString()).add("responseType", record.responseType());
        nullable(out, "responseName", record.responseName());
        nullable(out, "exampleId", record.exampleId());
        nullable(out, "matchStep", record.matchStep());
        if (record.exampleId() != null) {
            out.add("score", record.score());
        }
        if (record.explanation() != null) {
            out.add("explanation", explanation(record.explanation()));
        }
        CallRecord.Request request = record.request();
        JsonObjectBuilder in = Jsonp.PROVIDER.createObjectBuilder().add("method", request.method())
                .add("path", request.path()).add("query", request.query());
        if (shows(include, "request.headers")) {
            in.add("headers", headers(request.headers()));
        }
        if (shows(include, "request.body")) {
            in.add("body", request.body()).add("bodyTruncated", request.bodyTruncated());
        }
        CallRecord.Response response = record.response();
        JsonObjectBuilder answer = Jsonp.PROVIDER.createObjectBuilder().add("statusCode", response.statusCode());
        if (shows(include, "response.headers")) {
            answer.add("headers", headers(response.headers()));
        }
        if (shows(include, "response.body")) {
            answer.add("body", response.body()).add("bodyTruncated", response.bodyTruncated());
        }
        return out.add("request", in).add("response", answer).build();
    }

    /** The record kept in a database row, whose id column gives {@code id}. */
    static CallRecord read(long id, String text) {
        JsonObject json;
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        JsonObject request = json.getJsonObject("request");
        JsonObject response = json.getJsonObject("response");
        return new CallRecord(id, Instant.parse(json.getString("servedAt")), json.getString("responseType"),
                text(json, "exampleId"), text(json, "responseName"), text(json, "matchStep"),
                json.get("score") instanceof JsonNumber n ? n.doubleValue() : 0,
                json.get("explanation") instanceof JsonObject e ? explanation(e) : null,
                new CallRecord.Request(request.getString("method"), request.getString("path"),
                        request.getString("query"), headers(request.getJsonArray("headers")),
                        request.getString("body"), request.getBoolean("bodyTruncated")),
                new CallRecord.Response(response.getInt("statusCode"), headers(response.getJsonArray("headers")),
                        response.getString("body"), response.getBoolean("bodyTruncated")));
    }

    static String write(CallRecord record) {
        return of(record, null).toString();
    }

    private static boolean shows(Set<String> include, String part) {
        return include == null || include.contains(part);
    }

    private static JsonObject explanation(Explanation explanation) {
        JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder().add("summary", explanation.summary());
        Explanation.Chosen chosen = explanation.chosen();
        if (chosen == null) {
            out.addNull("chosen");
        } else {
            out.add("chosen", Jsonp.PROVIDER.createObjectBuilder().add("exampleId", chosen.exampleId())
                    .add("name", chosen.name()).add("method", chosen.method()).add("path", chosen.path())
                    .add("step", chosen.step()).add("score", chosen.score()));
        }
        JsonArrayBuilder nearest = Jsonp.PROVIDER.createArrayBuilder();
        explanation.nearest().forEach(near -> nearest.add(Jsonp.PROVIDER.createObjectBuilder()
                .add("exampleId", near.exampleId()).add("name", near.name()).add("method", near.method())
                .add("path", near.path()).add("failed", near.failed())));
        return out.add("nearest", nearest).build();
    }

    private static Explanation explanation(JsonObject json) {
        Explanation.Chosen chosen = null;
        if (json.get("chosen") instanceof JsonObject c) {
            chosen = new Explanation.Chosen(c.getString("exampleId"), c.getString("name"), c.getString("method"),
                    c.getString("path"), c.getString("step"), c.getJsonNumber("score").doubleValue());
        }
        List<Explanation.Near> nearest = new ArrayList<>();
        for (JsonObject n : json.getJsonArray("nearest").getValuesAs(JsonObject.class)) {
            nearest.add(new Explanation.Near(n.getString("exampleId"), n.getString("name"), n.getString("method"),
                    n.getString("path"), n.getString("failed")));
        }
        return new Explanation(json.getString("summary"), chosen, nearest);
    }

    private static JsonArrayBuilder headers(List<NameValue> headers) {
        JsonArrayBuilder out = Jsonp.PROVIDER.createArrayBuilder();
        headers.forEach(h -> out.add(Jsonp.PROVIDER.createObjectBuilder().add("key", h.name())
                .add("value", h.value())));
        return out;
    }

    private static List<NameValue> headers(JsonArray json) {
        List<NameValue> headers = new ArrayList<>(json.size());
        for (JsonObject header : json.getValuesAs(JsonObject.class)) {
            headers.add(new NameValue(header.getString("key"), header.getString("value")));
        }
        return headers;
    }

    private static void nullable(JsonObjectBuilder out, String name, String value) {
        if (value == null) {
            out.addNull(name);
        } else {
            out.add(name, value);
        }
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
