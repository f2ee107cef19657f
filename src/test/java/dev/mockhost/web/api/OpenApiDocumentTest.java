package dev.mockhost.web.api;

import dev.mockhost.failure.ErrorName;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every route the API registers is in openapi.json, and every operation there is a route; so are the error names. */
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
        new AuditResource().register(router);
        new MetricsResource().register(router);

        Set<String> documented = new TreeSet<>();
        JsonObject paths = document().getJsonObject("paths");
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                    .filter(method -> !method.equals("parameters"))
                    .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        assertEquals(new TreeSet<>(router.describe()), documented);
    }

    @Test
    void errorNamesAreExactlyThoseMockhostAnswers() throws Exception {
        List<String> documented = document().getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("Error").getJsonObject("properties").getJsonObject("error")
                .getJsonObject("properties").getJsonObject("name").getJsonArray("enum")
                .getValuesAs(JsonString::getString);
        assertEquals(Arrays.stream(ErrorName.values()).map(ErrorName::label).toList(), documented);
    }

    private static JsonObject document() throws Exception {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
