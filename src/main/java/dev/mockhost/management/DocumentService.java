package dev.mockhost.management;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.Permissions;
import dev.mockhost.collection.CollectionReader;
import dev.mockhost.collection.CollectionSchema;
import dev.mockhost.collection.Environment;
import dev.mockhost.collection.EnvironmentReader;
import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.collection.V21Json;
import dev.mockhost.failure.Failure;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.MockDefinition;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.FileVersion;
import dev.mockhost.repository.HomeWriter;
import dev.mockhost.repository.IfMatch;
import dev.mockhost.repository.Names;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.Workspace;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Postman files of one kind, collections or environments: upload, list, read, replace, delete, in the Postman API's
 * shapes. Uploads are checked by the same reader as files dropped by hand, then written atomically. Collections
 * follow the keys' grants; environments carry none and follow the mocks that use them. A v3 collection (a
 * directory) or a YAML environment is shown but managed in its files, never written here.
 */
public final class DocumentService {

    /** What differs between collections and environments. */
    private interface Kind {
        String validate(String id, byte[] json) throws InvalidFileException;

        void summarize(Snapshot snapshot, String id, JsonObjectBuilder summary);

        boolean canRead(ApiKey key, Snapshot snapshot, String id);

        boolean canWrite(ApiKey key, Snapshot snapshot, String id);

        Set<String> ids(Snapshot snapshot);

        /** Whether a mock file uses the document {@code id}, which cannot be deleted then. */
        boolean uses(MockDefinition mock, String id);

        /** Where a served document without an API-managed file lives (a v3 directory...); null if it has a file. */
        String unmanagedWhere(Snapshot snapshot, String id);

        JsonObject unmanagedView(Snapshot snapshot, String id);
    }

    private final FileKind file;
    private final String singular;
    private final Kind kind;
    private final StoredFiles files;

    private DocumentService(FileKind file, String singular, Kind kind, Workspace workspace) {
        this.file = file;
        this.singular = singular;
        this.kind = kind;
        this.files = new StoredFiles(workspace);
    }

    public static DocumentService collections(Workspace workspace) {
        return new DocumentService(FileKind.COLLECTION, "collection", new Collections(), workspace);
    }

    public static DocumentService environments(Workspace workspace) {
        return new DocumentService(FileKind.ENVIRONMENT, "environment", new Environments(), workspace);
    }

    public String singular() {
        return singular;
    }

    /** Summaries of the documents the key may read. */
    public List<JsonObject> list(ApiKey key) {
        Snapshot snapshot = files.snapshot();
        List<JsonObject> summaries = new ArrayList<>();
        for (String id : new TreeSet<>(kind.ids(snapshot))) {
            if (kind.canRead(key, snapshot, id)) {
                summaries.add(summary(snapshot, id));
            }
        }
        return summaries;
    }

    /**
     * The document as stored (a v3 collection as v2.1 JSON), with its file's version; none for a document the API
     * does not manage, which cannot be written here.
     */
    public Versioned<JsonObject> get(ApiKey key, String id) {
        Snapshot snapshot = files.snapshot();
        if (!kind.canRead(key, snapshot, id)) {
            throw Services.forbidden(key, "read the " + singular + " " + id);
        }
        return unmanaged(snapshot, id) != null ? new Versioned<>(kind.unmanagedView(snapshot, id), null)
                : files.readVersioned(file, id, singular);
    }

    /** Uploads under the slug of the document's name ({@code -2}, {@code -3}... when taken); its summary. */
    public Versioned<JsonObject> create(ApiKey key, JsonObject document) {
        return files.locked(() -> {
            Snapshot snapshot = files.snapshot();
            String id = freeId(snapshot, Names.slug(name(document), singular));
            if (!kind.canWrite(key, snapshot, id)) {
                throw Services.forbidden(key, "create the " + singular + " " + id);
            }
            return store(id, document);
        });
    }

    public Versioned<JsonObject> replace(ApiKey key, String id, JsonObject document, IfMatch ifMatch) {
        checkWritable(key, id, "change");
        return files.locked(() -> {
            files.check(file, id, singular, ifMatch, false);
            return store(id, document);
        });
    }

    /** Whether the key may {@code action} the document {@code id}, which exists and the API manages; else throws. */
    public void checkWritable(ApiKey key, String id, String action) {
        writable(key, id, action);
        if (!files.exists(file, id)) {
            throw Failure.notFound(singular, id);
        }
    }

    public void delete(ApiKey key, String id, IfMatch ifMatch) {
        writable(key, id, "delete");
        files.locked(() -> {
            files.check(file, id, singular, ifMatch, false);
            // under the lock: a mock created on this node meanwhile is in the snapshot by now
            String users = files.snapshot().mocks().values().stream()
                    .filter(mock -> !mock.implicit() && kind.uses(mock.definition(), id))
                    .map(CompiledMock::name).sorted().collect(Collectors.joining(", "));
            if (!users.isEmpty()) {
                throw Failure.conflict("The " + singular + " " + id + " is used by the mock(s) " + users
                        + "; change or delete that first");
            }
            if (!files.delete(file, id)) {
                throw Failure.notFound(singular, id);
            }
            return null;
        });
    }

    /** The snapshot, when the key may {@code action} the document and the API manages it. */
    private Snapshot writable(ApiKey key, String id, String action) {
        Names.check("id", id);
        Snapshot snapshot = files.snapshot();
        if (!kind.canWrite(key, snapshot, id)) {
            throw Services.forbidden(key, action + " the " + singular + " " + id);
        }
        String where = unmanaged(snapshot, id);
        if (where != null) {
            throw Failure.conflict("The " + singular + " " + id + " is managed in " + where + ", not through the "
                    + "API; " + action + " it there (the server reloads it by itself)");
        }
        return snapshot;
    }

    private String unmanaged(Snapshot snapshot, String id) {
        return files.exists(file, id) ? null : kind.unmanagedWhere(snapshot, id);
    }

    private Versioned<JsonObject> store(String id, JsonObject document) {
        try {
            kind.validate(id, PrettyJson.bytes(document));
        } catch (InvalidFileException e) {
            throw Failure.invalid(singular, "Not a usable " + singular + ": " + e.problem().message());
        }
        FileVersion written = files.write(file, id, document);
        return new Versioned<>(summary(files.snapshot(), id), written);
    }

    private JsonObject summary(Snapshot snapshot, String id) {
        JsonObjectBuilder summary = Jsonp.PROVIDER.createObjectBuilder().add("id", id).add("uid", Services.uid(id));
        kind.summarize(snapshot, id, summary);
        HomeWriter.FileTimes times = files.times(file, id);
        if (times != null) {
            summary.add("createdAt", times.created().toString()).add("updatedAt", times.updated().toString());
        }
        return summary.build();
    }

    /** The wanted id, or it with -2, -3...: never one a file or a served document (a v3 directory's) has. */
    private String freeId(Snapshot snapshot, String wanted) {
        Names.check("name", wanted);
        Set<String> served = kind.ids(snapshot);
        String id = wanted;
        for (int n = 2; files.exists(file, id) || served.contains(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private static String name(JsonObject document) {
        JsonObject info = document.get("info") instanceof JsonObject o ? o : null;
        if (info != null && info.get("name") instanceof JsonString s) {
            return s.getString();
        }
        return document.get("name") instanceof JsonString s ? s.getString() : "";
    }

    /** The collections of the mocks using the environment {@code id} (by name, or by the implicit mock's name). */
    private static List<String> collectionsUsing(Snapshot snapshot, String id) {
        return snapshot.mocks().values().stream().filter(mock -> id.equals(mock.definition().environment()))
                .map(mock -> mock.definition().collection()).toList();
    }

    private static final class Collections implements Kind {
        @Override
        public String validate(String id, byte[] json) throws InvalidFileException {
            return new CollectionReader().read("collection " + id, json).value().name();
        }

        @Override
        public void summarize(Snapshot snapshot, String id, JsonObjectBuilder summary) {
            PostmanCollection collection = snapshot.collections().get(id);
            if (collection != null) {
                summary.add("name", collection.name()).add("postmanId", collection.id())
                        .add("format", format(collection.schema()))
                        .add("requests", collection.requests().size()).add("examples", collection.exampleCount());
            }
        }

        @Override
        public boolean canRead(ApiKey key, Snapshot snapshot, String id) {
            return Permissions.canView(key, id);
        }

        @Override
        public boolean canWrite(ApiKey key, Snapshot snapshot, String id) {
            return Permissions.canEdit(key, id);
        }

        @Override
        public Set<String> ids(Snapshot snapshot) {
            return snapshot.collections().keySet();
        }

        @Override
        public boolean uses(MockDefinition mock, String id) {
            return mock.collection().equals(id);
        }

        @Override
        public String unmanagedWhere(Snapshot snapshot, String id) {
            PostmanCollection collection = snapshot.collections().get(id);
            if (collection == null || collection.schema() != CollectionSchema.V3) {
                return null;
            }
            String directory = snapshot.mocks().values().stream()
                    .filter(mock -> mock.definition().collection().equals(id)).map(CompiledMock::collectionFile)
                    .findFirst().orElse("collections/");
            return "its directory " + directory + " (Postman's v3 format)";
        }

        @Override
        public JsonObject unmanagedView(Snapshot snapshot, String id) {
            return V21Json.of(snapshot.collections().get(id));
        }

        private static String format(CollectionSchema schema) {
            return switch (schema) {
                case V2_0 -> "v2.0";
                case V2_1 -> "v2.1";
                case DRAFT_V2 -> "v2-draft";
                case V3 -> "v3";
            };
        }
    }

    private static final class Environments implements Kind {
        @Override
        public String validate(String id, byte[] json) throws InvalidFileException {
            return new EnvironmentReader().read("environment " + id, json).value().name();
        }

        @Override
        public void summarize(Snapshot snapshot, String id, JsonObjectBuilder summary) {
            Environment environment = snapshot.environments().get(id);
            if (environment != null) {
                summary.add("name", environment.name()).add("values", environment.values().size());
            }
        }

        @Override
        public boolean canRead(ApiKey key, Snapshot snapshot, String id) {
            return Permissions.canReadEnvironment(key, collectionsUsing(snapshot, id));
        }

        @Override
        public boolean canWrite(ApiKey key, Snapshot snapshot, String id) {
            return Permissions.canWriteEnvironment(key, collectionsUsing(snapshot, id));
        }

        @Override
        public Set<String> ids(Snapshot snapshot) {
            return snapshot.environments().keySet();
        }

        @Override
        public boolean uses(MockDefinition mock, String id) {
            return id.equals(mock.environment());
        }

        @Override
        public String unmanagedWhere(Snapshot snapshot, String id) {
            return snapshot.environments().containsKey(id)
                    ? "its YAML or Postman-folder file (environments/ or postman/environments/)" : null;
        }

        @Override
        public JsonObject unmanagedView(Snapshot snapshot, String id) {
            Environment environment = snapshot.environments().get(id);
            var values = Jsonp.PROVIDER.createArrayBuilder();
            environment.values().forEach(v -> values.add(Jsonp.PROVIDER.createObjectBuilder().add("key", v.name())
                    .add("value", v.value()).add("enabled", true)));
            return Jsonp.PROVIDER.createObjectBuilder().add("id", environment.id()).add("name", environment.name())
                    .add("values", values).build();
        }
    }
}
