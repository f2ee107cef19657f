package dev.mockhost.proxy;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.NameValue;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Locale;

/**
 * Where a recorded example goes in a v2.1 collection: into the request item of the same method whose path matches
 * the call's (a {@code :name} or {@code {{var}}} segment matches any), else into a new item under the top-level
 * folder "Recorded". Never a second copy of an example already there, and no more than {@code limit} recorded
 * examples per item, so a chatty client cannot grow the file without bound.
 */
final class V21Placement {

    static final String FOLDER = "Recorded";
    static final String PREFIX = "Recorded ";

    /**
     * What placing did; {@code collection} is the new file when {@link Result#ADDED}, else null; {@code item} and
     * {@code example} name the request item and the example (the item even when nothing was added).
     */
    record Placed(Result result, JsonObject collection, String item, String example) {
    }

    enum Result { ADDED, DUPLICATE, LIMIT, REQUEST_LIMIT }

    private V21Placement() {
    }

    static Placed place(JsonObject collection, JsonObject example, String method, List<String> path, int limit,
                        int requestLimit) {
        JsonArray items = collection.getJsonArray("item") == null ? JsonValue.EMPTY_JSON_ARRAY
                : collection.getJsonArray("item");
        int[] where = find(items, method, path);
        if (where != null) {
            JsonObject item = itemAt(items, where);
            JsonArray responses = item.get("response") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
            String itemName = item.getString("name", "");
            JsonObject same = responses.stream().filter(r -> r instanceof JsonObject o && sameExample(o, example))
                    .map(JsonValue::asJsonObject).findFirst().orElse(null);
            if (same != null) {
                return new Placed(Result.DUPLICATE, null, itemName, same.getString("name", ""));
            }
            long recorded = responses.stream().filter(r -> r instanceof JsonObject o
                    && o.getString("name", "").startsWith(PREFIX)).count();
            if (recorded >= limit) {
                return new Placed(Result.LIMIT, null, itemName, null);
            }
            JsonObject named = named(example, (int) recorded + 1);
            JsonObject changed = Jsonp.PROVIDER.createObjectBuilder(item).add("response",
                    Jsonp.PROVIDER.createArrayBuilder(responses).add(named)).build();
            return new Placed(Result.ADDED, Jsonp.PROVIDER.createObjectBuilder(collection)
                    .add("item", replace(items, where, 0, changed)).build(), itemName, named.getString("name"));
        }
        String itemName = method + " /" + String.join("/", path);
        if (limit < 1) {
            return new Placed(Result.LIMIT, null, itemName, null);
        }
        int folder = recordedFolder(items);
        int recordedRequests = folder < 0 ? 0 : items.getJsonObject(folder).getJsonArray("item").size();
        if (recordedRequests >= requestLimit) {
            return new Placed(Result.REQUEST_LIMIT, null, itemName, null);
        }
        JsonObject item = Jsonp.PROVIDER.createObjectBuilder().add("name", itemName)
                .add("request", example.getJsonObject("originalRequest"))
                .add("response", Jsonp.PROVIDER.createArrayBuilder().add(named(example, 1))).build();
        JsonArrayBuilder top = Jsonp.PROVIDER.createArrayBuilder(items);
        if (folder >= 0) {
            JsonObject recorded = items.getJsonObject(folder);
            top.set(folder, Jsonp.PROVIDER.createObjectBuilder(recorded).add("item",
                    Jsonp.PROVIDER.createArrayBuilder(recorded.getJsonArray("item")).add(item)));
        } else {
            top.add(Jsonp.PROVIDER.createObjectBuilder().add("name", FOLDER)
                    .add("item", Jsonp.PROVIDER.createArrayBuilder().add(item)));
        }
        return new Placed(Result.ADDED, Jsonp.PROVIDER.createObjectBuilder(collection).add("item", top).build(),
                itemName, PREFIX + 1);
    }

    /** The index of the top-level folder {@code Recorded}, which holds the requests recording added; -1: none. */
    private static int recordedFolder(JsonArray items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof JsonObject folder && FOLDER.equals(folder.getString("name", ""))
                    && folder.get("item") instanceof JsonArray) {
                return i;
            }
        }
        return -1;
    }

    /** The example, as Postman saves one: its request, the answer's code, headers and body. */
    static JsonObject example(String method, List<String> path, String rawQuery, List<NameValue> requestHeaders,
                              String requestBody, int status, List<NameValue> headers, String body) {
        JsonArrayBuilder segments = Jsonp.PROVIDER.createArrayBuilder();
        path.forEach(segments::add);
        JsonArrayBuilder query = Jsonp.PROVIDER.createArrayBuilder();
        if (!rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                query.add(Jsonp.PROVIDER.createObjectBuilder().add("key", eq < 0 ? pair : pair.substring(0, eq))
                        .add("value", eq < 0 ? "" : pair.substring(eq + 1)));
            }
        }
        String raw = "{{baseUrl}}/" + String.join("/", path) + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
        var request = Jsonp.PROVIDER.createObjectBuilder().add("method", method).add("header", pairs(requestHeaders))
                .add("url", Jsonp.PROVIDER.createObjectBuilder().add("raw", raw)
                        .add("host", Jsonp.PROVIDER.createArrayBuilder().add("{{baseUrl}}")).add("path", segments)
                        .add("query", query));
        if (!requestBody.isEmpty()) {
            request.add("body", Jsonp.PROVIDER.createObjectBuilder().add("mode", "raw").add("raw", requestBody));
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("name", PREFIX.strip()).add("originalRequest", request)
                .add("code", status).add("status", "").add("header", pairs(headers)).add("body", body).build();
    }

    /** The same call (method, query, body) answered the same way (code, body): saving it again adds nothing. */
    static boolean sameExample(JsonObject existing, JsonObject recorded) {
        JsonObject a = existing.get("originalRequest") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject b = recorded.getJsonObject("originalRequest");
        return existing.getInt("code", 200) == recorded.getInt("code")
                && existing.getString("body", "").equals(recorded.getString("body"))
                && a.getString("method", "GET").equalsIgnoreCase(b.getString("method"))
                && query(a).equals(query(b)) && requestBody(a).equals(requestBody(b));
    }

    private static String query(JsonObject request) {
        JsonObject url = request.get("url") instanceof JsonObject u ? u : null;
        String raw = url != null ? url.getString("raw", "")
                : request.get("url") instanceof JsonString s ? s.getString() : "";
        int q = raw.indexOf('?');
        return q < 0 ? "" : raw.substring(q + 1);
    }

    private static String requestBody(JsonObject request) {
        return request.get("body") instanceof JsonObject body ? body.getString("raw", "") : "";
    }

    private static JsonObject named(JsonObject example, int n) {
        return Jsonp.PROVIDER.createObjectBuilder(example).add("name", PREFIX + n).build();
    }

    private static JsonArrayBuilder pairs(List<NameValue> pairs) {
        JsonArrayBuilder out = Jsonp.PROVIDER.createArrayBuilder();
        pairs.forEach(p -> out.add(Jsonp.PROVIDER.createObjectBuilder().add("key", p.name()).add("value", p.value())));
        return out;
    }

    /** The index path of the first matching request item, depth first, or null. */
    private static int[] find(JsonArray items, String method, List<String> path) {
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof JsonObject item)) {
                continue;
            }
            if (item.get("item") instanceof JsonArray inside) {
                int[] below = find(inside, method, path);
                if (below != null) {
                    int[] where = new int[below.length + 1];
                    where[0] = i;
                    System.arraycopy(below, 0, where, 1, below.length);
                    return where;
                }
            } else if (item.get("request") instanceof JsonObject request
                    && request.getString("method", "GET").toUpperCase(Locale.ROOT).equals(method)
                    && pathMatches(savedPath(request), path)) {
                return new int[] {i};
            }
        }
        return null;
    }

    private static List<String> savedPath(JsonObject request) {
        if (request.get("url") instanceof JsonObject url && url.get("path") instanceof JsonArray segments) {
            return segments.stream().map(s -> s instanceof JsonString t ? t.getString() : "").toList();
        }
        String raw = request.get("url") instanceof JsonObject url ? url.getString("raw", "")
                : request.get("url") instanceof JsonString s ? s.getString() : "";
        raw = raw.replaceFirst("^[a-z]+://", "").replaceFirst("[?#].*$", "");
        int slash = raw.indexOf('/');
        String rest = slash < 0 ? "" : raw.substring(slash + 1);
        return rest.isEmpty() ? List.of() : List.of(rest.split("/", -1));
    }

    static boolean pathMatches(List<String> saved, List<String> call) {
        if (saved.size() != call.size()) {
            return false;
        }
        for (int i = 0; i < saved.size(); i++) {
            String s = saved.get(i);
            boolean variable = s.startsWith(":") || (s.startsWith("{{") && s.endsWith("}}"));
            if (!variable && !s.equals(call.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static JsonObject itemAt(JsonArray items, int[] where) {
        JsonObject item = items.getJsonObject(where[0]);
        for (int depth = 1; depth < where.length; depth++) {
            item = item.getJsonArray("item").getJsonObject(where[depth]);
        }
        return item;
    }

    private static JsonArray replace(JsonArray items, int[] where, int depth, JsonObject changed) {
        JsonArrayBuilder out = Jsonp.PROVIDER.createArrayBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i != where[depth]) {
                out.add(items.get(i));
            } else if (depth == where.length - 1) {
                out.add(changed);
            } else {
                JsonObject folder = items.getJsonObject(i);
                out.add(Jsonp.PROVIDER.createObjectBuilder(folder).add("item",
                        replace(folder.getJsonArray("item"), where, depth + 1, changed)));
            }
        }
        return out.build();
    }
}
