package dev.mockhost.web.api;

import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.HomeWriter;
import dev.mockhost.repository.InvalidNameException;
import dev.mockhost.repository.Names;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Upload, list, read, replace and delete Postman files of one kind ({@code /api/collections},
 * {@code /api/environments}), in the Postman API's shapes: {@code {"collection": {...}}} in, summaries out. Files are
 * checked with the same reader as files dropped by hand, then written atomically.
 */
final class DefinitionResource {

    /** Reads an uploaded document as the directory reader would; answers its display name. */
    interface Validator {
        String validate(String id, byte[] json) throws InvalidFileException;
    }

    /** Extra summary fields from the snapshot's last good version. */
    interface Summary {
        void add(ApiCall call, String id, JsonObjectBuilder summary);
    }

    /** Whether a caller may read or write the document {@code id}. */
    interface Permission {
        boolean test(ApiCall call, String id);
    }

    /**
     * Documents the snapshot serves from files the API does not write (a v3 collection's directory, a YAML
     * environment): shown as JSON, refused for writes.
     */
    interface Unmanaged {
        /** Where the document lives, for the error that refuses a write; null when the API manages it. */
        String where(ApiCall call, String id);

        /** The document as the API shows it. */
        JsonObject view(ApiCall call, String id);
    }

    /** What differs between collections and environments. */
    record Kind(FileKind file, String plural, String singular, Validator validator, Summary summary,
                Permission canRead, Permission canWrite, IdsInUse inUse, Unmanaged unmanaged) {
    }

    /** Ids the snapshot knows, and what still uses one (to refuse its deletion), or null. */
    interface IdsInUse {
        Set<String> ids(ApiCall call);

        String usedBy(ApiCall call, String id);
    }

    private final Kind kind;
    private final SnapshotRepository repository;

    DefinitionResource(Kind kind, SnapshotRepository repository) {
        this.kind = kind;
        this.repository = repository;
    }

    void register(ApiRouter router) {
        String base = "/" + kind.plural();
        router.add("GET", base, this::list)
                .add("POST", base, this::create)
                .add("GET", base + "/{id}", this::get)
                .add("PUT", base + "/{id}", this::replace)
                .add("DELETE", base + "/{id}", this::delete);
    }

    private void list(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        if (call == null) {
            return;
        }
        var items = Jsonp.PROVIDER.createArrayBuilder();
        for (String id : new TreeSet<>(kind.inUse().ids(call))) {
            if (kind.canRead().test(call, id)) {
                items.add(summary(call, id));
            }
        }
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add(kind.plural(), items).build());
    }

    private void get(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        String id = exchange.parameter("id");
        if (call == null || !call.allowed(kind.canRead().test(call, id), "read the " + kind.singular() + " " + id)) {
            return;
        }
        JsonObject document = unmanaged(call, id) != null ? kind.unmanaged().view(call, id)
                : StoredJson.read(call, repository, kind.file(), id, kind.singular());
        if (document == null) {
            return;
        }
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add(kind.singular(), document).build());
    }

    private void create(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        if (call == null) {
            return;
        }
        JsonObject document = exchange.body(kind.singular());
        if (document == null) {
            return;
        }
        String name = name(document);
        String id;
        try {
            id = freeId(call, Names.slug(name, kind.singular()));
        } catch (InvalidNameException e) {
            call.invalid("name", e.getMessage());
            return;
        }
        if (call.allowed(kind.canWrite().test(call, id), "create the " + kind.singular() + " " + id)) {
            store(call, id, document);
        }
    }

    private void replace(ApiExchange exchange) throws IOException {
        ApiCall call = writable(exchange, "change");
        String id = exchange.parameter("id");
        if (call == null) {
            return;
        }
        if (!repository.writer().exists(kind.file(), id)) {
            call.notFound(kind.singular(), id);
            return;
        }
        JsonObject document = exchange.body(kind.singular());
        if (document != null) {
            store(call, id, document);
        }
    }

    private void delete(ApiExchange exchange) throws IOException {
        ApiCall call = writable(exchange, "delete");
        String id = exchange.parameter("id");
        if (call == null) {
            return;
        }
        String user = kind.inUse().usedBy(call, id);
        if (user != null) {
            call.conflict("The " + kind.singular() + " " + id + " is used by " + user + "; change or delete that first");
            return;
        }
        if (!repository.writer().delete(kind.file(), id)) {
            call.notFound(kind.singular(), id);
            return;
        }
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add(kind.singular(), Jsonp.PROVIDER
                .createObjectBuilder().add("id", id).add("uid", uid(id))).build());
    }

    /**
     * The call, when its key may {@code action} the document of the path's id and the API manages that document;
     * null after answering.
     */
    private ApiCall writable(ApiExchange exchange, String action) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        String id = exchange.parameter("id");
        if (call == null || !validId(call, id)
                || !call.allowed(kind.canWrite().test(call, id), action + " the " + kind.singular() + " " + id)) {
            return null;
        }
        String where = unmanaged(call, id);
        if (where != null) {
            call.conflict("The " + kind.singular() + " " + id + " is managed in " + where + ", not through the API; "
                    + action + " it there (the server reloads it by itself)");
            return null;
        }
        return call;
    }

    /** Where the document lives when the API does not manage it; null when it does, or when there is none. */
    private String unmanaged(ApiCall call, String id) throws IOException {
        return repository.writer().exists(kind.file(), id) ? null : kind.unmanaged().where(call, id);
    }

    private void store(ApiCall call, String id, JsonObject document) throws IOException {
        byte[] bytes = PrettyJson.bytes(document);
        try {
            kind.validator().validate(id, bytes);
        } catch (InvalidFileException e) {
            call.invalid(kind.singular(), "Not a usable " + kind.singular() + ": " + e.problem().message());
            return;
        }
        repository.writer().write(kind.file(), id, bytes);
        call.exchange().json(200, Jsonp.PROVIDER.createObjectBuilder().add(kind.singular(),
                summary(new ApiCall(call.exchange(), repository.current(), call.key()), id)).build());
    }

    private JsonObject summary(ApiCall call, String id) throws IOException {
        JsonObjectBuilder summary = Jsonp.PROVIDER.createObjectBuilder().add("id", id).add("uid", uid(id));
        kind.summary().add(call, id, summary);
        HomeWriter.FileTimes times = repository.writer().times(kind.file(), id);
        if (times != null) {
            summary.add("createdAt", times.created().toString()).add("updatedAt", times.updated().toString());
        }
        return summary.build();
    }

    /** The wanted id, or it with -2, -3...: never one a file or a served document (a v3 directory's) has. */
    private String freeId(ApiCall call, String wanted) throws IOException {
        Names.check("name", wanted);
        String id = wanted;
        Set<String> served = kind.inUse().ids(call);
        for (int n = 2; repository.writer().exists(kind.file(), id) || served.contains(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private boolean validId(ApiCall call, String id) throws IOException {
        try {
            Names.check("id", id);
            return true;
        } catch (InvalidNameException e) {
            call.invalid("id", e.getMessage());
            return false;
        }
    }

    private static String name(JsonObject document) {
        JsonObject info = document.get("info") instanceof JsonObject o ? o : null;
        if (info != null && info.get("name") instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return document.get("name") instanceof jakarta.json.JsonString s ? s.getString() : "";
    }

    /** Postman's uid form, {@code <owner>-<id>}; Mockhost has no owners of files, so the owner is "mockhost". */
    static String uid(String id) {
        return "mockhost-" + id;
    }

}
