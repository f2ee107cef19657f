package dev.mockhost.web.api;

import dev.mockhost.access.ApiKey;
import dev.mockhost.repository.Snapshot;
import dev.mockhost.web.AccessFilter;
import dev.mockhost.web.ErrorBody;

import java.io.IOException;

/** The API's key check: every route but the status page needs {@code x-api-key}. */
final class ApiKeys {

    private ApiKeys() {
    }

    /** The caller's key, or null after answering 401. */
    static ApiKey require(ApiExchange exchange, Snapshot snapshot) throws IOException {
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
        }
        return key;
    }
}
