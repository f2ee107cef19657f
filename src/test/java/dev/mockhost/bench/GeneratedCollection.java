package dev.mockhost.bench;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * A collection as large ones are written: one request per id, {@code GET {{baseUrl}}/items/<id>}, each with one
 * saved example (its original request, headers, a small JSON body), about 570 bytes an example as Postman exports
 * them. For the benchmarks and the scale tests; {@code version} changes every body, so a rewrite is visible.
 */
public record GeneratedCollection(String name, IdKind ids, int examples, int version) {

    /** The last path segment of each request. */
    public enum IdKind {
        /** {@code /items/4711} */
        NUMERIC,
        /** {@code /items/0b7c...}, a name-based UUID */
        UUID,
        /** {@code /items/item-bcdf}: letters only, so not id-like */
        WORD;

        public String id(int n) {
            return switch (this) {
                case NUMERIC -> String.valueOf(n);
                case UUID -> java.util.UUID.nameUUIDFromBytes(("item " + n).getBytes(StandardCharsets.UTF_8))
                        .toString();
                case WORD -> "item-" + letters(n);
            };
        }

        private static String letters(int n) {
            StringBuilder word = new StringBuilder();
            int rest = n;
            do {
                word.append((char) ('a' + rest % 26));
                rest /= 26;
            } while (rest > 0 || word.length() < 4);
            return word.reverse().toString();
        }
    }

    /** The path below the mock's name that example {@code n} (1-based) answers. */
    public String path(int n) {
        return "items/" + ids.id(n);
    }

    /** The body example {@code n} answers with. */
    public String body(int n) {
        return "{\n  \"id\": \"" + ids.id(n) + "\",\n  \"name\": \"Item " + n + "\",\n  \"price\": " + (n % 500)
                + ".5,\n  \"tags\": [\"generated\", \"v" + version + "\"]\n}";
    }

    public void writeTo(Path file) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
            writeTo(out);
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public void writeTo(OutputStream out) {
        JsonGenerator json = Json.createGeneratorFactory(Map.of()).createGenerator(out, StandardCharsets.UTF_8);
        json.writeStartObject();
        json.writeStartObject("info")
                .write("_postman_id", UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString())
                .write("name", name)
                .write("schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json")
                .writeEnd();
        json.writeStartArray("item");
        for (int n = 1; n <= examples; n++) {
            String id = ids.id(n);
            json.writeStartObject().write("name", "item " + id);
            request(json.writeStartObject("request"), id);
            json.writeStartArray("response").writeStartObject()
                    .write("name", "item " + id);
            request(json.writeStartObject("originalRequest"), id);
            json.write("status", "OK").write("code", 200).write("_postman_previewlanguage", "json");
            json.writeStartArray("header")
                    .writeStartObject().write("key", "Content-Type").write("value", "application/json").writeEnd()
                    .writeEnd();
            json.writeStartArray("cookie").writeEnd();
            json.write("body", body(n));
            json.writeEnd().writeEnd().writeEnd();
        }
        json.writeEnd();
        json.writeStartArray("variable").writeStartObject().write("key", "baseUrl")
                .write("value", "https://api.example.com").writeEnd().writeEnd();
        json.writeEnd();
        json.close();
    }

    private static void request(JsonGenerator json, String id) {
        json.write("method", "GET");
        json.writeStartArray("header").writeEnd();
        json.writeStartObject("url").write("raw", "{{baseUrl}}/items/" + id)
                .writeStartArray("host").write("{{baseUrl}}").writeEnd()
                .writeStartArray("path").write("items").write(id).writeEnd()
                .writeEnd();
        json.writeEnd();
    }
}
