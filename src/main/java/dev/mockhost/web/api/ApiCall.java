package dev.mockhost.web.api;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.Role;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotRepository;
import dev.mockhost.web.AccessFilter;
import dev.mockhost.web.ErrorBody;

import java.io.IOException;

/**
 * An authenticated API call: the snapshot it reads and the caller's key. Every route but the status page and the
 * OpenAPI description needs {@code x-api-key}.
 */
record ApiCall(ApiExchange exchange, Snapshot snapshot, ApiKey key) {

    /** The call, or null after answering 503 (starting) or 401 (no valid key). */
    static ApiCall authenticate(ApiExchange exchange, SnapshotRepository repository) throws IOException {
        Snapshot snapshot = repository.current();
        if (snapshot == null) {
            exchange.error(ErrorBody.of(503, "serverStartingError", "Mockhost is still starting"));
            return null;
        }
        String secret = exchange.request().getHeader(AccessFilter.API_KEY);
        if (secret == null || secret.isBlank()) {
            exchange.error(ErrorBody.of(401, "authenticationError", "Send your API key in the x-api-key header")
                    .withHeader(AccessFilter.API_KEY));
            return null;
        }
        ApiKey key = snapshot.keys().authenticate(secret);
        if (key == null) {
            exchange.error(ErrorBody.of(401, "authenticationError", "The API key in x-api-key is not valid")
                    .withHeader(AccessFilter.API_KEY));
            return null;
        }
        return new ApiCall(exchange, snapshot, key);
    }

    boolean isAdmin() {
        return key.role() == Role.ADMIN;
    }

    /** False after answering 403. */
    boolean allowed(boolean allowed, String action) throws IOException {
        if (!allowed) {
            exchange.error(ErrorBody.of(403, "forbiddenError", "The API key \"" + key.name() + "\" ("
                    + key.role().label() + ") may not " + action));
        }
        return allowed;
    }

    void notFound(String what, String id) throws IOException {
        exchange.error(ErrorBody.of(404, "instanceNotFoundError", "No " + what + " with the id \"" + id + "\""));
    }

    void conflict(String message) throws IOException {
        exchange.error(ErrorBody.of(409, "conflictError", message));
    }

    void invalid(String field, String message) throws IOException {
        exchange.error(ErrorBody.of(400, "invalidParamError", message).withField(field));
    }
}
