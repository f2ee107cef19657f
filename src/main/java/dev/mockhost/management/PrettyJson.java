package dev.mockhost.management;

import dev.mockhost.collection.Jsonp;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Files the API writes are indented: people review them in Git. */
final class PrettyJson {

    private static final JsonWriterFactory WRITERS = Jsonp.PROVIDER.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private PrettyJson() {
    }

    static byte[] bytes(JsonStructure json) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.write(json);
        }
        return (out.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
