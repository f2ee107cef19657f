package dev.mockhost.management;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.Permissions;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.FileVersion;
import dev.mockhost.repository.HomeWriter;
import dev.mockhost.repository.IfMatch;
import dev.mockhost.repository.Names;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.Workspace;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Mocks: list, read, create, change, delete, publish. A mock's id is its name, the file name under {@code mocks/}.
 * A key sees the mocks of the collections it may view and changes those of the collections it may edit. Every
 * answer is the mock as served after the change.
 */
public final class MockService {

    private final StoredFiles files;
    private final MockFiles mockFiles;

    public MockService(Workspace workspace) {
        this.files = new StoredFiles(workspace);
        this.mockFiles = new MockFiles(files);
    }

    public List<CompiledMock> list(ApiKey key) {
        return files.snapshot().mocks().values().stream()
                .filter(mock -> Permissions.canView(key, mock.definition().collection()))
                .sorted(Comparator.comparing(CompiledMock::name)).toList();
    }

    /**
     * The mock, if the key may see it; 404 otherwise, the same 404 as for a mock that does not exist, so a key learns
     * nothing of mocks it may not see. {@code id} is its name or the uid this API hands out ({@code mockhost-<name>}),
     * which Postman's clients send where an id is expected.
     */
    public CompiledMock get(ApiKey key, String id) {
        CompiledMock mock = find(id);
        if (mock == null || !Permissions.canView(key, mock.definition().collection())) {
            throw Failure.notFound("mock", id);
        }
        return mock;
    }

    /**
     * The mock whose examples the caller wants listed: a public mock's to anyone, since any call may ask for each of
     * them by id; a private one's to keys that may call it, and to others the 404 of a mock that does not exist.
     */
    public CompiledMock examplesOf(ApiKey key, String id) {
        CompiledMock mock = find(id);
        if (mock == null || !Permissions.canCall(key, mock.definition().collection(), mock.definition().isPrivate())) {
            throw Failure.notFound("mock", id);
        }
        return mock;
    }

    /** The mock, if the key may change it. */
    public CompiledMock editable(ApiKey key, String id) {
        CompiledMock mock = get(key, id);
        if (!Permissions.canEdit(key, mock.definition().collection())) {
            throw Services.forbidden(key, "change the mock " + id);
        }
        return mock;
    }

    /** The version of the mock's file on disk now; {@code NO_FILE} for an implicit mock without one. */
    public FileVersion version(CompiledMock mock) {
        return files.version(FileKind.MOCK, mock.name());
    }

    /** Collections and environments may be named by Postman's ids or uids; see {@link PostmanIds}. */
    public Versioned<CompiledMock> create(ApiKey key, JsonObject input) {
        JsonObject resolved = PostmanIds.resolve(files.snapshot(), input);
        String name = MockFiles.text(resolved, "name");
        if (name == null && resolved.get("collection") instanceof JsonString collection) {
            name = collection.getString() + "-mock";
        }
        String free = Names.check("name", name);
        return files.locked(() -> {
            if (taken(free, resolved)) {
                throw Failure.conflict("A mock named \"" + free + "\" exists already");
            }
            FileVersion written = mockFiles.write(key, free, MockFiles.merge(JsonValue.EMPTY_JSON_OBJECT, resolved,
                    free), null);
            return new Versioned<>(served(free), written);
        });
    }

    public Versioned<CompiledMock> update(ApiKey key, String id, JsonObject input, IfMatch ifMatch) {
        CompiledMock mock = editable(key, id);
        return change(key, mock, PostmanIds.resolve(files.snapshot(), input), ifMatch);
    }

    /** Deletes the mock's file; answers the mock's name (the id may have been its uid). */
    public String delete(ApiKey key, String id, IfMatch ifMatch) {
        CompiledMock mock = editable(key, id);
        if (mock.implicit()) {
            throw Failure.conflict("The mock \"" + mock.name() + "\" is the public mock of the collection of that "
                    + "name; delete the collection, or serve it through a mock file");
        }
        return files.locked(() -> {
            checkVersion(mock, ifMatch);
            if (!files.delete(FileKind.MOCK, mock.name())) {
                throw Failure.notFound("mock", id);
            }
            return mock.name();
        });
    }

    /** Public ({@code makePrivate} false) or private. */
    public Versioned<CompiledMock> publish(ApiKey key, String id, boolean makePrivate, IfMatch ifMatch) {
        CompiledMock mock = editable(key, id);
        return change(key, mock, Jsonp.PROVIDER.createObjectBuilder().add("private", makePrivate).build(), ifMatch);
    }

    /**
     * Merges {@code input} into the mock's file as it is on disk, under the lock: the owner it had is the file's,
     * not this node's snapshot's, which may be older.
     */
    private Versioned<CompiledMock> change(ApiKey key, CompiledMock mock, JsonObject input, IfMatch ifMatch) {
        return files.locked(() -> {
            checkVersion(mock, ifMatch);
            JsonObject existing = mockFiles.read(mock);
            FileVersion written = mockFiles.write(key, mock.name(), MockFiles.merge(existing, input, mock.name()),
                    MockFiles.text(existing, "owner"));
            return new Versioned<>(served(mock.name()), written);
        });
    }

    /** When the mock's file (its collection's, for an implicit one) was made and last changed; null: no file. */
    public HomeWriter.FileTimes times(CompiledMock mock) {
        return files.times(mock.implicit() ? FileKind.COLLECTION : FileKind.MOCK,
                mock.implicit() ? mock.definition().collection() : mock.name());
    }

    /** The mock as served now; a 500 when its file was written but cannot be served. */
    CompiledMock served(String name) {
        CompiledMock mock = files.snapshot().mock(name);
        if (mock == null) {
            throw Failure.of(ErrorName.SERVER_ERROR, "The mock \"" + name + "\" was "
                    + "written but cannot be served; GET api/status says why");
        }
        return mock;
    }

    /** The mock file of a mock the key may change, for its server responses. */
    JsonObject file(CompiledMock mock) {
        return mockFiles.read(mock);
    }

    /** Writes a file read by {@link #file} (its owner unchanged); under {@link #locked} with what it read. */
    FileVersion write(ApiKey key, CompiledMock mock, JsonObject file) {
        return mockFiles.write(key, mock.name(), file, MockFiles.text(file, "owner"));
    }

    /** Under {@link #locked}: 412 unless If-Match allows the mock file's version now. */
    void checkVersion(CompiledMock mock, IfMatch ifMatch) {
        files.check(FileKind.MOCK, mock.name(), "mock", ifMatch, mock.implicit());
    }

    <T> T locked(Supplier<T> work) {
        return files.locked(work);
    }

    /** The mock of that name, or of the uid this API hands out for it. */
    private CompiledMock find(String id) {
        Snapshot snapshot = files.snapshot();
        CompiledMock mock = snapshot.mock(id);
        if (mock == null && id.startsWith(Services.UID_OWNER)) {
            mock = snapshot.mock(id.substring(Services.UID_OWNER.length()));
        }
        return mock;
    }

    /**
     * A name is taken by a mock file, or by the implicit mock of another collection; the implicit mock of the
     * collection the new mock serves gives way to it.
     */
    private boolean taken(String name, JsonObject input) {
        if (files.exists(FileKind.MOCK, name)) {
            return true;
        }
        Snapshot snapshot = files.snapshot();
        CompiledMock existing = snapshot.mock(name);
        String collection = MockFiles.text(input, "collection");
        return existing != null && !(existing.implicit() && existing.definition().collection().equals(collection));
    }
}
