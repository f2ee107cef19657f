package dev.mockhost.web.api;

import dev.mockhost.access.ApiKey;
import dev.mockhost.failure.ErrorName;
import dev.mockhost.failure.Failure;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.repository.SnapshotRepository;
import dev.mockhost.web.AccessFilter;

/**
 * An authenticated API call: the snapshot it reads and the caller's key. Every route but the status page and the
 * OpenAPI description needs {@code x-api-key}.
 */
record ApiCall(ApiExchange exchange, Snapshot snapshot, ApiKey key) {

    /** @throws Failure 503 while starting, 401 without a valid key */
    static ApiCall authenticate(ApiExchange exchange, SnapshotRepository repository) {
        Snapshot snapshot = repository.current();
        if (snapshot == null) {
            throw Failure.starting();
        }
        return authenticate(exchange, snapshot);
    }

    /** A call that may come without a key (its key is then null); a key that is sent must be valid. */
    static ApiCall optional(ApiExchange exchange, SnapshotRepository repository) {
        Snapshot snapshot = repository.current();
        if (snapshot == null) {
            throw Failure.starting();
        }
        String secret = exchange.request().getHeader(AccessFilter.API_KEY);
        return secret == null || secret.isBlank() ? new ApiCall(exchange, snapshot, null)
                : authenticate(exchange, snapshot);
    }

    static ApiCall authenticate(ApiExchange exchange, Snapshot snapshot) {
        String secret = exchange.request().getHeader(AccessFilter.API_KEY);
        if (secret == null || secret.isBlank()) {
            throw Failure.of(ErrorName.AUTHENTICATION, "Send your API key in the x-api-key header")
                    .header(AccessFilter.API_KEY);
        }
        ApiKey key = snapshot.keys().authenticate(secret);
        if (key == null) {
            throw Failure.of(ErrorName.AUTHENTICATION, "The API key in x-api-key is not valid")
                    .header(AccessFilter.API_KEY);
        }
        return new ApiCall(exchange, snapshot, key);
    }
}
