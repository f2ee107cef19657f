package dev.mockhost.proxy;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.NameValue;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.HomeWriter;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Saves a proxied answer as a new example of the mock's collection, so the next identical call is answered by the
 * mock: redacted first, through {@link HomeWriter} (atomic, under the directory's lock, reloaded at once), into a
 * v2.1 file ({@link V21Placement}) or a v3 directory ({@link V3Recording}). What cannot be saved safely is not, and
 * the {@link Recording} says why.
 */
public final class Recorder {

    /** What became of one answer. */
    public enum Saved { RECORDED, DUPLICATE, LIMIT, REQUEST_LIMIT, TOO_LARGE, NOT_TEXT, NO_COLLECTION_FILE, FAILED }

    private final HomeWriter writer;
    private final Redactor redactor;
    private final int maxBodyBytes;
    private final int maxExamples;
    private final int maxRequests;
    private final V3Recording v3;

    public Recorder(HomeWriter writer, ProxySettings settings) {
        this.writer = writer;
        this.redactor = settings.redactor();
        this.maxBodyBytes = settings.maxBodyBytes();
        this.maxExamples = settings.maxExamples();
        this.maxRequests = settings.maxRequests();
        this.v3 = new V3Recording(writer, maxExamples, maxRequests);
    }

    /**
     * The headers a call to be recorded is forwarded with: {@code Accept-Encoding} cut to the codings whose answers
     * can be decoded for saving (gzip, deflate), so a browser's {@code br} does not make the answer unsavable.
     */
    public List<NameValue> forwardedHeaders(List<NameValue> requestHeaders) {
        return SavedBody.decodableOnly(requestHeaders);
    }

    public Recording record(String collection, Exchange call) throws IOException {
        if (!call.response().whole() || call.requestBody().getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            return Recording.of(Saved.TOO_LARGE);
        }
        SavedBody answer = SavedBody.of(call.response(), maxBodyBytes);
        if (answer.problem() != null) {
            return Recording.of(answer.problem());
        }
        // saved, never sent: the bytes forwarded are left out, so nothing unredacted travels with it
        Exchange redacted = new Exchange(call.method(), call.path(), call.rawQuery(),
                redactor.headers(call.requestHeaders().stream().filter(h -> Forwarder.forwarded(h.name())).toList()),
                redactor.body(call.requestBody()), null, call.response());
        List<NameValue> headers = redactor.headers(answer.headers());
        String savedBody = redactor.body(answer.text());
        return writer.locked(() -> {
            // read and written under the lock: two recordings (or an API write) cannot lose each other's changes
            Path directory = writer.collectionDirectory(collection);
            if (directory != null) {
                return v3.record(directory, redacted, headers, savedBody);
            }
            byte[] bytes = writer.read(FileKind.COLLECTION, collection);
            if (bytes == null) {
                return Recording.of(Saved.NO_COLLECTION_FILE);
            }
            return recordV21(collection, bytes, redacted, headers, savedBody);
        });
    }

    private Recording recordV21(String collection, byte[] bytes, Exchange call, List<NameValue> headers,
                                String body) throws IOException {
        JsonObject file;
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new ByteArrayInputStream(bytes))) {
            file = reader.readObject();
        }
        JsonObject example = V21Placement.example(call.method(), call.path(), call.rawQuery(), call.requestHeaders(),
                call.requestBody(), call.response().status(), headers, body);
        V21Placement.Placed placed = V21Placement.place(file, example, call.method(), call.path(), maxExamples,
                maxRequests);
        String shown = writer.shown(writer.fileOf(FileKind.COLLECTION, collection));
        Saved saved = switch (placed.result()) {
            case ADDED -> Saved.RECORDED;
            case DUPLICATE -> Saved.DUPLICATE;
            case LIMIT -> Saved.LIMIT;
            case REQUEST_LIMIT -> Saved.REQUEST_LIMIT;
        };
        if (saved == Saved.RECORDED) {
            String text = JsonStyle.of(new String(bytes, StandardCharsets.UTF_8)).write(placed.collection());
            writer.write(FileKind.COLLECTION, collection, text.getBytes(StandardCharsets.UTF_8));
        }
        return new Recording(saved, shown, placed.item(), placed.example());
    }
}
