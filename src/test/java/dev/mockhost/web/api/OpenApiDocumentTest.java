package dev.mockhost.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every route the API registers is in openapi.json, and every operation there is a route. */
class OpenApiDocumentTest {

    @Test
    void documentedOperationsAreExactlyTheRoutes() throws Exception {
        ApiRouter router = new ApiRouter(null, 0);
        new StatusResource().register(router);
        new MeResource().register(router);
        new PostmanFilesResource().register(router);
        new MocksResource().register(router);
        new ServerResponsesResource().register(router);
        new CallLogsResource().register(router);
        new QuickMocksResource().register(router);
        new KeysResource().register(router);
        new OpenApiResource().register(router);

        Set<String> documented = new TreeSet<>();
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            JsonObject paths = reader.readObject().getJsonObject("paths");
            paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                    .filter(method -> !method.equals("parameters"))
                    .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        }
        assertEquals(new TreeSet<>(router.describe()), documented);
    }
}
