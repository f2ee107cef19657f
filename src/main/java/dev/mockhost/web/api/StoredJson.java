package dev.mockhost.web.api;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The API's one way to read a definition file it is about to show or change: a file that is gone is 404, a file
 * that cannot be read now is 409. Never a silent stand-in: changing a broken private mock's file must not rewrite
 * it as a public one.
 */
final class StoredJson {

    private StoredJson() {
    }

    /** The file as a JSON object, or null after answering 404 or 409. */
    static JsonObject read(ApiCall call, SnapshotRepository repository, FileKind kind, String id, String what)
            throws IOException {
        byte[] bytes = repository.writer().read(kind, id);
        if (bytes == null) {
            call.notFound(what, id);
            return null;
        }
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException unreadable) {
            call.conflict("The file of the " + what + " " + id + " cannot be read now; fix it first (GET api/status "
                    + "says what is wrong)");
            return null;
        }
    }
}
