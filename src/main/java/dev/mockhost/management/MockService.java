package dev.mockhost.management;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.Permissions;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.HomeWriter;
import dev.mockhost.repository.Names;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.Workspace;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Comparator;
import java.util.List;

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

    /** The mock, if the key may see it; 404 or 403 otherwise. */
    public CompiledMock get(ApiKey key, String id) {
        CompiledMock mock = files.snapshot().mock(id);
        if (mock == null) {
            throw Failure.notFound("mock", id);
        }
        if (!Permissions.canView(key, mock.definition().collection())) {
            throw Services.forbidden(key, "see the mock " + id);
        }
        return mock;
    }

    /**
     * The mock whose examples the caller wants listed: a public mock's to anyone, since any call may ask for each of
     * them by id; a private one's to keys that may call it.
     */
    public CompiledMock examplesOf(ApiKey key, String id) {
        CompiledMock mock = files.snapshot().mock(id);
        if (mock == null) {
            throw Failure.notFound("mock", id);
        }
        if (!Permissions.canCall(key, mock.definition().collection(), mock.definition().isPrivate())) {
            throw key == null ? Failure.of(ErrorName.AUTHENTICATION, "The mock " + id
                    + " is private; send an API key that may view it in x-api-key").header("x-api-key")
                    : Services.forbidden(key, "see the mock " + id);
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

    public CompiledMock create(ApiKey key, JsonObject input) {
        String name = MockFiles.text(input, "name");
        if (name == null && input.get("collection") instanceof JsonString collection) {
            name = collection.getString() + "-mock";
        }
        Names.check("name", name);
        if (taken(name, input)) {
            throw Failure.conflict("A mock named \"" + name + "\" exists already");
        }
        mockFiles.write(key, name, MockFiles.merge(JsonValue.EMPTY_JSON_OBJECT, input, name), null);
        return served(name);
    }

    public CompiledMock update(ApiKey key, String id, JsonObject input) {
        CompiledMock mock = editable(key, id);
        mockFiles.write(key, mock.name(), MockFiles.merge(mockFiles.read(mock), input, mock.name()),
                mock.definition().owner());
        return served(mock.name());
    }

    public void delete(ApiKey key, String id) {
        CompiledMock mock = editable(key, id);
        if (mock.implicit()) {
            throw Failure.conflict("The mock \"" + mock.name() + "\" is the public mock of the collection of that "
                    + "name; delete the collection, or serve it through a mock file");
        }
        files.delete(FileKind.MOCK, mock.name());
    }

    /** Public ({@code makePrivate} false) or private. */
    public CompiledMock publish(ApiKey key, String id, boolean makePrivate) {
        CompiledMock mock = editable(key, id);
        JsonObject change = Jsonp.PROVIDER.createObjectBuilder().add("private", makePrivate).build();
        mockFiles.write(key, mock.name(), MockFiles.merge(mockFiles.read(mock), change, mock.name()),
                mock.definition().owner());
        return served(mock.name());
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

    void write(ApiKey key, CompiledMock mock, JsonObject file) {
        mockFiles.write(key, mock.name(), file, mock.definition().owner());
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
