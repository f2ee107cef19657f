package dev.mockhost.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/metrics} on the shared Tomcat: known traffic to mocks of this test's own moves the counts by
 * exactly that much (other tests' calls go to other mocks; shared totals are compared as at least), refusals of the
 * access filter count too, and only admin keys may read them.
 */
class MetricsIT extends DeployedWar {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void knownTrafficMovesTheCountsByExactlyThatMuch() throws Exception {
        String mock = "metrics-" + run;
        String before = scrape();
        ItHome.write(ItHome.collection(mock + ".json"), """
                {"info": {"name": "%s"}, "item": [{"name": "r", "request": {"url": "/hit"},
                  "response": [{"name": "ok", "code": 200, "body": "hit"}]}]}""".formatted(mock));
        assertEquals(200, http.await(mock + "/hit", Duration.ofSeconds(5), r -> r.statusCode() == 200)
                .statusCode());
        String served = scrape();
        assertTrue(total(served, "mockhost_reloads_total{") > total(before, "mockhost_reloads_total{"),
                "the new file was a reload");
        assertTrue(value(served, "mockhost_mocks") >= 1);
        assertTrue(value(served, "mockhost_examples") >= 1);

        for (int i = 0; i < 5; i++) {
            assertEquals(200, http.get(mock + "/hit").statusCode());
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(404, http.get(mock + "/miss").statusCode());
        }
        String after = scrape();

        String calls = "mockhost_calls_total{key=\"~anonymous\",mock=\"" + mock + "\",status=";
        assertEquals(5, value(after, calls + "\"2xx\"}") - value(served, calls + "\"2xx\"}"));
        assertEquals(2, value(after, calls + "\"4xx\"}") - value(served, calls + "\"4xx\"}"));
        String noMatch = "mockhost_no_match_total{mock=\"" + mock + "\"}";
        assertEquals(2, value(after, noMatch) - value(served, noMatch));
        assertTrue(value(after, "mockhost_match_seconds_count") - value(served, "mockhost_match_seconds_count") >= 7);
        assertTrue(value(after, "mockhost_render_seconds_count") - value(served, "mockhost_render_seconds_count")
                >= 5);
    }

    @Test
    void callsTheAccessFilterRefusesAreCountedAs4xx() throws Exception {
        String collection = "metrics-vault-" + run;
        String mock = collection + "-private";
        ItHome.write(ItHome.collection(collection + ".json"), """
                {"info": {"name": "%s"}, "item": [{"name": "r", "request": {"url": "/gold"},
                  "response": [{"name": "gold", "code": 200, "body": "gold"}]}]}""".formatted(collection));
        ItHome.write(ItHome.root().resolve("mocks/" + mock + ".json"),
                "{\"collection\": \"" + collection + "\", \"private\": true}");
        assertEquals(401, http.await(mock + "/gold", Duration.ofSeconds(5), r -> r.statusCode() == 401)
                .statusCode());
        String before = scrape();
        for (int i = 0; i < 3; i++) {
            assertEquals(401, http.get(mock + "/gold").statusCode());
        }
        String series = "mockhost_calls_total{key=\"~anonymous\",mock=\"" + mock + "\",status=\"4xx\"}";
        assertEquals(3, value(scrape(), series) - value(before, series));
    }

    @Test
    void onlyAdminKeysReadTheMetrics() throws Exception {
        Api api = new Api(http);
        String viewer = api.key("metrics-viewer-" + run, "viewer", "{}", "null");
        assertEquals(401, http.get("api/metrics").statusCode(), "no key");
        assertEquals(401, http.get("api/metrics", "x-api-key", "not-a-key").statusCode(), "unknown key");
        HttpResponse<String> refused = http.get("api/metrics", "x-api-key", viewer);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("forbiddenError"), refused.body());

        HttpResponse<String> metrics = http.get("api/metrics", "x-api-key", Api.ADMIN);
        assertEquals(200, metrics.statusCode());
        assertPrometheusText(metrics);
        assertTrue(metrics.body().contains("# TYPE mockhost_calls_total counter"), metrics.body());
        assertTrue(!metrics.body().contains(viewer) && !metrics.body().contains(Api.ADMIN), "no secret, ever");
    }

    /** {@code text/plain; version=0.0.4; charset=utf-8}, however the server spaces and cases it. */
    static void assertPrometheusText(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT)
                .replace(" ", "");
        assertTrue(type.startsWith("text/plain;") && type.contains("version=0.0.4") && type.contains("charset=utf-8"),
                type);
    }

    /** A sample's value, 0 when the series does not exist yet (a counter before its first event). */
    static double value(String text, String series) {
        return text.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).split(" ")[0])).orElse(0.0);
    }

    /** The sum of every sample whose line starts with {@code prefix}. */
    private static double total(String text, String prefix) {
        return text.lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = http.get("api/metrics", "x-api-key", Api.ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
