package dev.mockhost.proxy;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.NameValue;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.HomeWriter;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Saves a proxied answer as a new example of the mock's collection, so the next identical call is answered by the
 * mock: redacted first, through {@link HomeWriter} (atomic, under the directory's lock, reloaded at once), into a
 * v2.1 file ({@link V21Placement}) or a v3 directory ({@link V3Placement}). What cannot be saved safely is not.
 */
public final class Recorder {

    /** What became of one answer. */
    public enum Saved { RECORDED, DUPLICATE, LIMIT, TOO_LARGE, NOT_TEXT, NO_COLLECTION_FILE }

    private static final JsonWriterFactory PRETTY = Jsonp.PROVIDER.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final HomeWriter writer;
    private final Redactor redactor;
    private final int maxBodyBytes;
    private final int maxExamples;

    public Recorder(HomeWriter writer, ProxySettings settings) {
        this.writer = writer;
        this.redactor = settings.redactor();
        this.maxBodyBytes = settings.maxBodyBytes();
        this.maxExamples = settings.maxExamples();
    }

    public Saved record(String collection, Exchange call) throws IOException {
        byte[] body = call.response().body();
        if (body.length > maxBodyBytes || call.requestBody().getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            return Saved.TOO_LARGE;
        }
        String text = utf8(body);
        if (text == null) {
            return Saved.NOT_TEXT; // an example body is text: a binary answer would be saved corrupted
        }
        // saved, never sent: the bytes forwarded are left out, so nothing unredacted travels with it
        Exchange redacted = new Exchange(call.method(), call.path(), call.rawQuery(),
                redactor.headers(call.requestHeaders().stream().filter(h -> Forwarder.forwarded(h.name())).toList()),
                redactor.body(call.requestBody()), null, call.response());
        List<NameValue> headers = redactor.headers(call.response().headers());
        String savedBody = redactor.body(text);
        return writer.locked(() -> {
            // read and written under the lock: two recordings (or an API write) cannot lose each other's changes
            Path directory = writer.collectionDirectory(collection);
            if (directory != null) {
                return recordV3(directory, redacted, headers, savedBody);
            }
            byte[] bytes = writer.read(FileKind.COLLECTION, collection);
            if (bytes == null) {
                return Saved.NO_COLLECTION_FILE;
            }
            return recordV21(collection, bytes, redacted, headers, savedBody);
        });
    }

    private Saved recordV21(String collection, byte[] bytes, Exchange call, List<NameValue> headers, String body)
            throws IOException {
        JsonObject file;
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new ByteArrayInputStream(bytes))) {
            file = reader.readObject();
        }
        JsonObject example = V21Placement.example(call.method(), call.path(), call.rawQuery(), call.requestHeaders(),
                call.requestBody(), call.response().status(), headers, body);
        V21Placement.Placed placed = V21Placement.place(file, example, call.method(), call.path(), maxExamples);
        if (placed.result() != V21Placement.Result.ADDED) {
            return placed.result() == V21Placement.Result.DUPLICATE ? Saved.DUPLICATE : Saved.LIMIT;
        }
        StringWriter out = new StringWriter();
        try (JsonWriter json = PRETTY.createWriter(out)) {
            json.write(placed.collection());
        }
        writer.write(FileKind.COLLECTION, collection, (out.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8));
        return Saved.RECORDED;
    }

    private Saved recordV3(Path directory, Exchange call, List<NameValue> headers, String body) throws IOException {
        String name = V3Placement.requestName(call.method(), call.path());
        Path folder = directory.resolve(V21Placement.FOLDER);
        Path examples = folder.resolve(".resources").resolve(name + ".resources").resolve("examples");
        byte[] example = V3Placement.exampleFile(call, headers, body).getBytes(StandardCharsets.UTF_8);
        int existing = 0;
        if (Files.isDirectory(examples)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(examples, "*.example.yaml")) {
                for (Path file : files) {
                    if (Arrays.equals(Files.readAllBytes(file), example)) {
                        return Saved.DUPLICATE;
                    }
                    existing++;
                }
            }
        }
        if (existing >= maxExamples) {
            return Saved.LIMIT;
        }
        Path request = folder.resolve(name + ".request.yaml");
        if (!Files.exists(request)) {
            writer.writeCollectionFile(request, V3Placement.requestFile(call.method(), call.path())
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path file = examples.resolve(V21Placement.PREFIX + (existing + 1) + ".example.yaml");
        for (int n = existing + 2; Files.exists(file); n++) {
            file = examples.resolve(V21Placement.PREFIX + n + ".example.yaml");
        }
        writer.writeCollectionFile(file, example);
        return Saved.RECORDED;
    }

    /** The text of a UTF-8 body, or null when it is not UTF-8. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
