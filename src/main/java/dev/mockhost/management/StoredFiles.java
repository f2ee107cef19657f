package dev.mockhost.management;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.FileVersion;
import dev.mockhost.repository.HomeWriter;
import dev.mockhost.repository.IfMatch;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.Workspace;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The services' one way to read a definition file they are about to show or change, and to reach the snapshot: a
 * file that is gone is 404, a file that cannot be read now is 409. Never a silent stand-in: changing a broken private
 * mock's file must not rewrite it as a public one. A write that checks something first (a version, a free name) does
 * both inside {@link #locked}, where every read here is of the file on disk now.
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
        return readVersioned(kind, id, what).value();
    }

    /** The file of {@code id} as a JSON object, with the version of the very bytes read. */
    Versioned<JsonObject> readVersioned(FileKind kind, String id, String what) {
        byte[] bytes = call(() -> workspace.writer().read(kind, id));
        if (bytes == null) {
            throw Failure.notFound(what, id);
        }
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return new Versioned<>(reader.readObject(), FileVersion.of(bytes));
        } catch (RuntimeException unreadable) {
            throw Failure.conflict("The file of the " + what + " " + id + " cannot be read now; fix it first (GET "
                    + "api/status says what is wrong)");
        }
    }

    boolean exists(FileKind kind, String id) {
        return call(() -> workspace.writer().exists(kind, id));
    }

    /** Writes atomically and reloads: the snapshot afterwards holds the change. Answers the version written. */
    FileVersion write(FileKind kind, String id, JsonObject document) {
        return call(() -> workspace.writer().write(kind, id, PrettyJson.bytes(document)));
    }

    /** {@code work} under the directory's write lock: no write of any node comes between its reads and writes. */
    <T> T locked(Supplier<T> work) {
        return call(() -> workspace.writer().locked(work::get));
    }

    /** The version of the file on disk now; {@link FileVersion#NO_FILE} when there is none. */
    FileVersion version(FileKind kind, String id) {
        return call(() -> workspace.writer().version(kind, id));
    }

    /**
     * Inside {@link #locked}: 412 unless {@code ifMatch} allows the file's version now. {@code existsWithoutFile}:
     * the resource exists even when the file does not (an implicit mock).
     */
    void check(FileKind kind, String id, String what, IfMatch ifMatch, boolean existsWithoutFile) {
        if (!ifMatch.present()) {
            return;
        }
        FileVersion now = version(kind, id);
        if (ifMatch.allows(now, now.hasFile() || existsWithoutFile)) {
            return;
        }
        if (!now.hasFile() && !existsWithoutFile) {
            throw Failure.of(ErrorName.PRECONDITION_FAILED, "The " + what + " " + id + " has no file now (another "
                    + "call or node deleted it), so no version If-Match names").header("If-Match");
        }
        throw Failure.of(ErrorName.PRECONDITION_FAILED, "The " + what + " " + id + " has changed: its version now is "
                + now.tag() + ", not " + String.join(", ", ifMatch.tags())
                + "; read it again and retry with If-Match: " + now.tag()).header("If-Match")
                .responseHeader("ETag", now.tag());
    }

    boolean delete(FileKind kind, String id) {
        return call(() -> workspace.writer().delete(kind, id));
    }

    HomeWriter.FileTimes times(FileKind kind, String id) {
        return call(() -> workspace.writer().times(kind, id));
    }

    /**
     * File system work whose failure is the server's, not the caller's: a full or read-only directory says so (507,
     * 503), anything else surfaces as a 500 with the log.
     */
    private interface Io<T> {
        T run() throws IOException;
    }

    private static <T> T call(Io<T> io) {
        try {
            return io.run();
        } catch (IOException e) {
            throw StorageFailure.of(e);
        }
    }
}
