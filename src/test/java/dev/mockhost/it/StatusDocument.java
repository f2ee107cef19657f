package dev.mockhost.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/** {@code GET /api/status}, parsed. */
record StatusDocument(JsonObject json) {

    static StatusDocument parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return new StatusDocument(reader.readObject());
        }
    }

    /** Changes on every reload, by one: reloads are counted as the difference of two. */
    long generation() {
        return json.getJsonNumber("generation").longValue();
    }

    Optional<JsonObject> errorFor(String file) {
        if (!json.containsKey("errors")) {
            return Optional.empty();
        }
        return objects("errors").stream().filter(e -> e.getString("file").equals(file)).findFirst();
    }

    Optional<JsonObject> mock(String name) {
        if (!json.containsKey("mocks")) {
            return Optional.empty();
        }
        return objects("mocks").stream().filter(m -> m.getString("name").equals(name)).findFirst();
    }

    private List<JsonObject> objects(String key) {
        return json.getJsonArray(key).getValuesAs(JsonObject.class);
    }
}
