package dev.mockhost.web.api;

import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.MockFileReader;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.SnapshotRepository;
import dev.mockhost.web.ErrorBody;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.IOException;

/** Reading and writing one mock's file for the API, with the checks every write goes through. */
final class MockFiles {

    private MockFiles() {
    }

    /** The mock file as JSON (an implicit mock's stand-in when it has none); null after answering 404 or 409. */
    static JsonObject read(ApiCall call, SnapshotRepository repository, CompiledMock mock) throws IOException {
        if (mock.implicit()) {
            return MockDocuments.implicitFile(mock);
        }
        return StoredJson.read(call, repository, FileKind.MOCK, mock.name(), "mock");
    }

    /**
     * Checks {@code file} as the directory reader would and against the snapshot (its collection and environment
     * exist, the caller may edit its collection), then writes it. False after answering 400 or 403.
     */
    static boolean write(ApiCall call, SnapshotRepository repository, String name, JsonObject file)
            throws IOException {
        return write(call, repository, name, file, null);
    }

    /**
     * As above, for a file whose owner was {@code previousOwner}: only admins name someone else as owner, since an
     * owner's quota pays for the mock's calls without a key.
     */
    static boolean write(ApiCall call, SnapshotRepository repository, String name, JsonObject file,
                         String previousOwner) throws IOException {
        String collection = file.get("collection") instanceof JsonString s ? s.getString() : null;
        if (collection == null || !call.snapshot().collections().containsKey(collection)) {
            call.invalid("collection", "\"collection\" must be the id of a collection in collections/"
                    + (collection == null ? "" : "; there is none named \"" + collection + "\""));
            return false;
        }
        String environment = file.get("environment") instanceof JsonString s ? s.getString() : null;
        if (environment != null && !call.snapshot().environments().containsKey(environment)) {
            call.invalid("environment", "There is no environment named \"" + environment + "\"");
            return false;
        }
        String owner = file.get("owner") instanceof JsonString s ? s.getString() : null;
        if (owner != null && call.snapshot().keys().named(owner) == null) {
            call.invalid("owner", "There is no API key named \"" + owner + "\"");
            return false;
        }
        if (owner != null && !owner.equals(previousOwner) && !owner.equals(call.key().name())
                && !call.allowed(call.isAdmin(), "make another key (\"" + owner + "\") pay for this mock's calls")) {
            return false;
        }
        if (!call.allowed(call.key().canEdit(collection), "edit mocks of the collection " + collection)) {
            return false;
        }
        byte[] bytes = PrettyJson.bytes(file);
        try {
            new MockFileReader().read("mock " + name, name, bytes);
        } catch (InvalidFileException e) {
            call.exchange().error(ErrorBody.of(400, "invalidParamError", e.problem().message()));
            return false;
        }
        repository.writer().write(FileKind.MOCK, name, bytes);
        return true;
    }
}
