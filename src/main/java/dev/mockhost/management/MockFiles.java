package dev.mockhost.management;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.Permissions;
import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.Failure;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.MockFileReader;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.FileVersion;
import dev.mockhost.repository.Snapshot;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Set;

/**
 * A mock's file on disk: read (an implicit mock's stand-in when it has none), merged with what a client sends (flat
 * or in Postman's {@code config}, so fields written by hand survive), checked as the directory reader and the
 * snapshot would check it, and written. The one write path of mock files.
 */
final class MockFiles {

    /** Settings that may stand at the top of a mock file or, as in Postman's API, inside {@code config}. */
    private static final Set<String> CONFIG = Set.of("matchBody", "matchQueryParams", "matchWildcards", "delay",
            "serverResponseId", "matchHeaders");

    private final StoredFiles files;

    MockFiles(StoredFiles files) {
        this.files = files;
    }

    /**
     * The mock's file as it is on disk now; the stand-in when an implicit mock has none. The file is read whenever
     * there is one: another node may have written it since this node's snapshot called the mock implicit.
     */
    JsonObject read(CompiledMock mock) {
        if (mock.implicit() && !files.exists(FileKind.MOCK, mock.name())) {
            return Jsonp.PROVIDER.createObjectBuilder().add("name", mock.name())
                    .add("collection", mock.definition().collection()).add("private", false).build();
        }
        return files.read(FileKind.MOCK, mock.name(), "mock");
    }

    /** {@code existing} with what {@code input} sets; {@code name} is always the file's. */
    static JsonObject merge(JsonObject existing, JsonObject input, String name) {
        JsonObjectBuilder merged = Jsonp.PROVIDER.createObjectBuilder(existing);
        for (String field : List.of("collection", "environment", "private", "owner", "proxy")) {
            if (input.containsKey(field)) {
                merged.add(field, input.get(field));
            }
        }
        JsonObject config = input.get("config") instanceof JsonObject c ? c : JsonValue.EMPTY_JSON_OBJECT;
        for (String field : CONFIG) {
            JsonValue value = config.containsKey(field) ? config.get(field) : input.get(field);
            if (field.equals("matchHeaders") && value == null) {
                value = config.get("headers");
            }
            if (value != null) {
                merged.add(field, value);
            }
        }
        if (existing.containsKey("config")) {
            // the file keeps one place for each setting: the top
            merged.remove("config");
        }
        return merged.add("name", name).build();
    }

    /**
     * Checks {@code file} against the snapshot (its collection, environment and owner exist; the key may edit its
     * collection; only admins make another key pay: {@code previousOwner} was the owner before) and as the directory
     * reader would, then writes it; answers the version written.
     */
    FileVersion write(ApiKey key, String name, JsonObject file, String previousOwner) {
        Snapshot snapshot = files.snapshot();
        String collection = text(file, "collection");
        if (collection != null && !Permissions.canEdit(key, collection)) {
            // before whether it exists: a key learns nothing of collections it may not edit
            throw Services.forbidden(key, "edit mocks of the collection " + collection);
        }
        if (collection == null || !snapshot.collections().containsKey(collection)) {
            throw Failure.invalid("collection", "\"collection\" must be the id of a collection in collections/"
                    + (collection == null ? "" : "; there is none named \"" + collection + "\""));
        }
        String environment = text(file, "environment");
        if (environment != null && !snapshot.environments().containsKey(environment)) {
            throw Failure.invalid("environment", "There is no environment named \"" + environment + "\"");
        }
        String owner = text(file, "owner");
        if (owner != null && snapshot.keys().named(owner) == null) {
            throw Failure.invalid("owner", "There is no API key named \"" + owner + "\"");
        }
        if (!Permissions.canNameOwner(key, owner, previousOwner)) {
            throw Services.forbidden(key, "make another key (\"" + owner + "\") pay for this mock's calls");
        }
        if (!Permissions.canEdit(key, collection)) {
            throw Services.forbidden(key, "edit mocks of the collection " + collection);
        }
        try {
            new MockFileReader().read("mock " + name, name, PrettyJson.bytes(file));
        } catch (InvalidFileException e) {
            throw Failure.invalid(e.field() == null ? "mock" : e.field(), e.problem().message());
        }
        return files.write(FileKind.MOCK, name, file);
    }

    static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
