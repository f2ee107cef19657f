package dev.mockhost.management;

import dev.mockhost.access.ApiKey;
import dev.mockhost.collection.JsonFields;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.Failure;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.ServerResponse;
import dev.mockhost.repository.FileVersion;
import dev.mockhost.repository.IfMatch;
import dev.mockhost.repository.Workspace;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.UUID;

/**
 * A mock's server responses: saved error answers (5xx), kept in its mock file. The one marked active answers every
 * call of the mock instead of an example. Read with view on the mock's collection, written with edit.
 */
public final class ServerResponseService {

    /** A server response as the API shows it. */
    public record Saved(ServerResponse response, boolean active) {
    }

    private final MockService mocks;

    public ServerResponseService(Workspace workspace) {
        this.mocks = new MockService(workspace);
    }

    public List<Saved> list(ApiKey key, String mockId) {
        CompiledMock mock = mocks.get(key, mockId);
        return mock.definition().serverResponses().stream()
                .map(response -> new Saved(response, response.id().equals(mock.definition().serverResponseId())))
                .toList();
    }

    public Saved get(ApiKey key, String mockId, String id) {
        return saved(mocks.get(key, mockId), id);
    }

    /** The version of the file that holds the mock's server responses: its mock file. */
    public FileVersion version(ApiKey key, String mockId) {
        return mocks.version(mocks.get(key, mockId));
    }

    /** Every write changes the mock's file, so {@code ifMatch} is checked against the mock file's version. */
    public Versioned<Saved> create(ApiKey key, String mockId, JsonObject input, IfMatch ifMatch) {
        CompiledMock mock = mocks.editable(key, mockId);
        String id = UUID.randomUUID().toString();
        JsonObject response = fields(Jsonp.PROVIDER.createObjectBuilder().add("id", id).add("statusCode", 500)
                .add("name", "").add("headers", JsonValue.EMPTY_JSON_ARRAY).add("body", "").build(), input);
        return mocks.locked(() -> {
            mocks.checkVersion(mock, ifMatch);
            FileVersion written = save(key, mock, mocks.file(mock), id, response, input);
            return new Versioned<>(saved(mocks.served(mock.name()), id), written);
        });
    }

    public Versioned<Saved> update(ApiKey key, String mockId, String id, JsonObject input, IfMatch ifMatch) {
        CompiledMock mock = mocks.editable(key, mockId);
        return mocks.locked(() -> {
            mocks.checkVersion(mock, ifMatch);
            JsonObject file = holding(mock, id);
            FileVersion written = save(key, mock, file, id, fields(find(file, id), input), input);
            return new Versioned<>(saved(mocks.served(mock.name()), id), written);
        });
    }

    public void delete(ApiKey key, String mockId, String id, IfMatch ifMatch) {
        CompiledMock mock = mocks.editable(key, mockId);
        mocks.locked(() -> {
            mocks.checkVersion(mock, ifMatch);
            JsonObject file = holding(mock, id);
            JsonObjectBuilder changed = Jsonp.PROVIDER.createObjectBuilder(file)
                    .add("serverResponses", without(file, id));
            if (id.equals(MockFiles.text(file, "serverResponseId"))) {
                changed.addNull("serverResponseId");
            }
            return mocks.write(key, mock, changed.build());
        });
    }

    private static Saved saved(CompiledMock mock, String id) {
        ServerResponse response = mock.definition().serverResponses().stream().filter(r -> r.id().equals(id))
                .findFirst().orElseThrow(() -> Failure.notFound("server response of the mock " + mock.name(), id));
        return new Saved(response, id.equals(mock.definition().serverResponseId()));
    }

    /** The mock's file when it holds the server response {@code id}. */
    private JsonObject holding(CompiledMock mock, String id) {
        JsonObject file = mocks.file(mock);
        if (find(file, id) == null) {
            throw Failure.notFound("server response of the mock " + mock.name(), id);
        }
        return file;
    }

    /** {@code response} with the fields {@code input} sets. */
    private static JsonObject fields(JsonObject response, JsonObject input) {
        JsonObjectBuilder merged = Jsonp.PROVIDER.createObjectBuilder(response);
        for (String field : new String[] {"name", "statusCode", "headers", "body"}) {
            if (input.containsKey(field)) {
                merged.add(field, input.get(field));
            }
        }
        return merged.build();
    }

    /** Writes {@code file} with {@code response} in place of the one of that id. */
    private FileVersion save(ApiKey key, CompiledMock mock, JsonObject file, String id, JsonObject response,
                             JsonObject input) {
        String status = JsonFields.textOr(response, "statusCode", "500");
        if (!ServerResponse.isServerError(status)) {
            throw Failure.invalid("statusCode", "A server response's statusCode is " + ServerResponse.MIN_STATUS
                    + " to " + ServerResponse.MAX_STATUS + ", not " + status);
        }
        JsonArrayBuilder responses = Jsonp.PROVIDER.createArrayBuilder(without(file, id));
        JsonObjectBuilder changed = Jsonp.PROVIDER.createObjectBuilder(file).add("serverResponses",
                responses.add(response));
        if (input.get("active") == JsonValue.TRUE) {
            changed.add("serverResponseId", id);
        } else if (input.get("active") == JsonValue.FALSE && id.equals(MockFiles.text(file, "serverResponseId"))) {
            changed.addNull("serverResponseId");
        }
        return mocks.write(key, mock, changed.build());
    }

    private static JsonObject find(JsonObject file, String id) {
        if (file.get("serverResponses") instanceof JsonArray responses) {
            for (JsonValue response : responses) {
                if (response instanceof JsonObject o && id.equals(MockFiles.text(o, "id"))) {
                    return o;
                }
            }
        }
        return null;
    }

    private static JsonArray without(JsonObject file, String id) {
        JsonArrayBuilder kept = Jsonp.PROVIDER.createArrayBuilder();
        if (file.get("serverResponses") instanceof JsonArray responses) {
            for (JsonValue response : responses) {
                if (!(response instanceof JsonObject o && id.equals(MockFiles.text(o, "id")))) {
                    kept.add(response);
                }
            }
        }
        return kept.build();
    }
}
