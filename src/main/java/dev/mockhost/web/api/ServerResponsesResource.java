package dev.mockhost.web.api;

import dev.mockhost.collection.JsonFields;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.ServerResponse;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.util.UUID;

/**
 * {@code /api/mocks/{id}/server-responses}: a mock's saved error answers (5xx), kept in its mock file. The one
 * marked {@code active} answers every call of the mock instead of an example.
 */
@ApplicationScoped
public class ServerResponsesResource {

    @Inject
    SnapshotRepository repository;

    public void register(ApiRouter router) {
        String base = "/mocks/{id}/server-responses";
        router.add("GET", base, this::list)
                .add("POST", base, this::create)
                .add("GET", base + "/{responseId}", this::get)
                .add("PUT", base + "/{responseId}", this::update)
                .add("DELETE", base + "/{responseId}", this::delete);
    }

    private void list(ApiExchange exchange) throws IOException {
        CompiledMock mock = MocksResource.visible(ApiCall.authenticate(exchange, repository), exchange.parameter("id"));
        if (mock == null) {
            return;
        }
        JsonArrayBuilder responses = Jsonp.PROVIDER.createArrayBuilder();
        for (ServerResponse response : mock.definition().serverResponses()) {
            responses.add(MockDocuments.serverResponse(response, response.id().equals(mock.definition()
                    .serverResponseId())));
        }
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("serverResponses", responses).build());
    }

    private void get(ApiExchange exchange) throws IOException {
        CompiledMock mock = MocksResource.visible(ApiCall.authenticate(exchange, repository), exchange.parameter("id"));
        if (mock != null) {
            answer(exchange, mock.name(), exchange.parameter("responseId"));
        }
    }

    private void create(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        CompiledMock mock = MocksResource.editable(call, exchange.parameter("id"));
        if (mock == null) {
            return;
        }
        JsonObject input = exchange.body("serverResponse");
        if (input == null) {
            return;
        }
        JsonObject file = MockFiles.read(call, repository, mock);
        if (file == null) {
            return;
        }
        String id = UUID.randomUUID().toString();
        JsonObject response = fields(Jsonp.PROVIDER.createObjectBuilder().add("id", id).add("statusCode", 500)
                .add("name", "").add("headers", JsonValue.EMPTY_JSON_ARRAY).add("body", "").build(), input);
        if (save(call, mock, file, id, response, input)) {
            answer(exchange, mock.name(), id);
        }
    }

    private void update(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        CompiledMock mock = MocksResource.editable(call, exchange.parameter("id"));
        String id = exchange.parameter("responseId");
        JsonObject file = mock == null ? null : fileHolding(call, mock, id);
        JsonObject input = file == null ? null : exchange.body("serverResponse");
        if (input != null && save(call, mock, file, id, fields(find(file, id), input), input)) {
            answer(exchange, mock.name(), id);
        }
    }

    private void delete(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        CompiledMock mock = MocksResource.editable(call, exchange.parameter("id"));
        String id = exchange.parameter("responseId");
        JsonObject file = mock == null ? null : fileHolding(call, mock, id);
        if (file == null) {
            return;
        }
        JsonObjectBuilder changed = Jsonp.PROVIDER.createObjectBuilder(file).add("serverResponses", without(file, id));
        if (id.equals(text(file, "serverResponseId"))) {
            changed.addNull("serverResponseId");
        }
        if (MockFiles.write(call, repository, mock.name(), changed.build(), mock.definition().owner())) {
            exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("serverResponse", Jsonp.PROVIDER
                    .createObjectBuilder().add("id", id)).build());
        }
    }

    /** The mock's file when it holds the server response {@code id}; null after answering 404 or 409. */
    private JsonObject fileHolding(ApiCall call, CompiledMock mock, String id) throws IOException {
        JsonObject file = MockFiles.read(call, repository, mock);
        if (file != null && find(file, id) == null) {
            call.notFound("server response of the mock " + mock.name(), id);
            return null;
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

    /** Writes {@code file} with {@code response} in place of the one of that id; false after answering 4xx. */
    private boolean save(ApiCall call, CompiledMock mock, JsonObject file, String id, JsonObject response,
                         JsonObject input) throws IOException {
        String status = JsonFields.textOr(response, "statusCode", "500");
        if (!ServerResponse.isServerError(status)) {
            call.invalid("statusCode", "A server response's statusCode is " + ServerResponse.MIN_STATUS + " to "
                    + ServerResponse.MAX_STATUS + ", not " + status);
            return false;
        }
        JsonArrayBuilder responses = Jsonp.PROVIDER.createArrayBuilder(without(file, id));
        JsonObjectBuilder changed = Jsonp.PROVIDER.createObjectBuilder(file).add("serverResponses",
                responses.add(response));
        if (input.get("active") == JsonValue.TRUE) {
            changed.add("serverResponseId", id);
        } else if (input.get("active") == JsonValue.FALSE && id.equals(text(file, "serverResponseId"))) {
            changed.addNull("serverResponseId");
        }
        return MockFiles.write(call, repository, mock.name(), changed.build(), mock.definition().owner());
    }

    private void answer(ApiExchange exchange, String mockName, String id) throws IOException {
        CompiledMock mock = repository.current().mock(mockName);
        ServerResponse response = mock.definition().serverResponses().stream().filter(r -> r.id().equals(id))
                .findFirst().orElse(null);
        if (response == null) {
            exchange.error(dev.mockhost.web.ErrorBody.of(404, "instanceNotFoundError", "No server response with "
                    + "the id \"" + id + "\" in the mock " + mockName));
            return;
        }
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("serverResponse", MockDocuments.serverResponse(
                response, id.equals(mock.definition().serverResponseId()))).build());
    }

    private static JsonObject find(JsonObject file, String id) {
        if (file.get("serverResponses") instanceof JsonArray responses) {
            for (JsonValue response : responses) {
                if (response instanceof JsonObject o && id.equals(text(o, "id"))) {
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
                if (!(response instanceof JsonObject o && id.equals(text(o, "id")))) {
                    kept.add(response);
                }
            }
        }
        return kept.build();
    }

    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
