package dev.mockhost.management;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.Failure;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.Workspace;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The services' one way to read a definition file they are about to show or change, and to reach the snapshot: a
 * file that is gone is 404, a file that cannot be read now is 409. Never a silent stand-in: changing a broken private
 * mock's file must not rewrite it as a public one.
 */
final class StoredFiles {

    private final Workspace workspace;

    StoredFiles(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The snapshot served now; {@code serverStartingError} while the directory is still loading. */
    Snapshot snapshot() {
        Snapshot snapshot = workspace.current();
        if (snapshot == null) {
            throw Failure.starting();
        }
        return snapshot;
    }

    /** The file of {@code id} as a JSON object. */
    JsonObject read(FileKind kind, String id, String what) {
        byte[] bytes = call(() -> workspace.writer().read(kind, id));
        if (bytes == null) {
            throw Failure.notFound(what, id);
        }
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException unreadable) {
            throw Failure.conflict("The file of the " + what + " " + id + " cannot be read now; fix it first (GET "
                    + "api/status says what is wrong)");
        }
    }

    boolean exists(FileKind kind, String id) {
        return call(() -> workspace.writer().exists(kind, id));
    }

    /** Writes atomically and reloads: the snapshot afterwards holds the change. */
    void write(FileKind kind, String id, JsonObject document) {
        call(() -> {
            workspace.writer().write(kind, id, PrettyJson.bytes(document));
            return null;
        });
    }

    boolean delete(FileKind kind, String id) {
        return call(() -> workspace.writer().delete(kind, id));
    }

    dev.mockhost.repository.HomeWriter.FileTimes times(FileKind kind, String id) {
        return call(() -> workspace.writer().times(kind, id));
    }

    /** File system work whose failure is the server's, not the caller's: it surfaces as a 500 with the log. */
    private interface Io<T> {
        T run() throws IOException;
    }

    private static <T> T call(Io<T> io) {
        try {
            return io.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
