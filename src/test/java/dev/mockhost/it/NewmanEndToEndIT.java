package dev.mockhost.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Mockhost's own end-to-end collection (src/test/newman/mockhost-e2e.postman_collection.json), run by newman
 * against the deployed WAR: upload a collection, create a mock, call it, read its call log and /api/me, set a
 * server response, delete everything. Its test scripts assert each step; none may fail.
 */
class NewmanEndToEndIT extends DeployedWar {

    @Test
    void endToEndCollectionPasses() throws Exception {
        String baseUrl = base.toString().replaceAll("/$", "");
        JsonObject run = Newman.run(Path.of("src/test/newman/mockhost-e2e.postman_collection.json").toAbsolutePath(),
                Map.of("baseUrl", baseUrl, "adminKey", Api.ADMIN), Path.of("target/newman/mockhost-e2e.json"));
        JsonObject stats = run.getJsonObject("stats");
        assertEquals(11, stats.getJsonObject("requests").getInt("total"));
        assertEquals(0, stats.getJsonObject("requests").getInt("failed"));
        assertEquals(14, stats.getJsonObject("assertions").getInt("total"));
        assertEquals(0, stats.getJsonObject("assertions").getInt("failed"));
        assertEquals(0, stats.getJsonObject("testScripts").getInt("failed"));
        List<JsonObject> executions = run.getJsonArray("executions").getValuesAs(JsonObject.class);
        executions.forEach(e -> assertFalse(e.containsKey("requestError"), e.toString()));
    }
}
