package dev.mockhost.web.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;

/** {@code GET /api/openapi.json}: the OpenAPI 3 description of this API, kept true by a test that calls it all. */
@ApplicationScoped
public class OpenApiResource {

    static final String RESOURCE = "openapi.json";

    public void register(ApiRouter router) {
        router.add("GET", "/openapi.json", this::describe);
    }

    private void describe(ApiExchange exchange) throws IOException {
        byte[] document;
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            document = in.readAllBytes();
        }
        exchange.response().setStatus(200);
        exchange.response().setContentType("application/json; charset=UTF-8");
        exchange.response().setContentLength(document.length);
        exchange.response().getOutputStream().write(document);
    }
}
