package dev.mockhost.it;

import dev.mockhost.conformance.ConformanceRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conformance table over HTTP, against the built WAR on a real Tomcat: every row, the HTTP-only ones too. */
class ConformanceIT extends DeployedWar {

    @BeforeEach
    void serveTheConformanceCollection() throws Exception {
        ItHome.write(ItHome.root().resolve("environments/conformance.json"),
                ConformanceRules.resourceText(ConformanceRules.ENVIRONMENT));
        ItHome.write(ItHome.collection("conformance.json"), ConformanceRules.resourceText(ConformanceRules.COLLECTION));
        http.await("api/status", Duration.ofSeconds(5), r -> StatusDocument.parse(r.body()).mock("conformance")
                .map(m -> m.containsKey("environment")).orElse(false));
    }

    @TestFactory
    Stream<DynamicTest> everyRowOverHttp() {
        return ConformanceRules.rows().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
    }

    private void check(ConformanceRules.Row row) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request(row.request()));
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        String body = response.body();
        assertEquals(row.status(), response.statusCode(), body);
        if (row.example().isPresent() && !row.expect().containsKey("body")) {
            assertTrue(body.contains("\"example\": \"" + row.example().get() + "\""), body);
        }
        row.text("body").ifPresent(pattern -> assertTrue(Pattern.compile(pattern).matcher(body).find(),
                "body " + body + " does not match " + pattern));
        row.text("bodyEquals").ifPresent(expected -> assertEquals(expected, body));
        row.text("bodyHeader").ifPresent(header -> assertTrue(body.contains("\"header\":\"" + header + "\""), body));
        row.expectedHeaders().forEach((name, pattern) -> {
            String value = response.headers().firstValue(name).orElse(null);
            assertTrue(value != null && Pattern.compile(pattern).matcher(value).find(), name + ": " + value);
        });
        row.absentHeaders().forEach(name -> assertTrue(response.headers().firstValue(name).isEmpty(), name));
        if (row.expect().containsKey("minMillis")) {
            assertTrue(elapsedMillis >= row.expect().getInt("minMillis"), elapsedMillis + " ms");
        }
        if (row.expect().getBoolean("differsOnSecondCall", false)) {
            assertNotEquals(body, http.send(request(row.request())).body());
        }
    }

    private HttpRequest request(ConformanceRules.Request request) {
        String path = request.mock() + request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
        HttpRequest.Builder builder = http.request(path);
        request.headers().forEach(builder::header);
        if (request.form() != null) {
            String boundary = "mockhost-" + UUID.randomUUID();
            builder.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            return builder.method(request.method(), HttpRequest.BodyPublishers.ofString(multipart(request.form(),
                    boundary))).build();
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        String body = request.bodyText();
        return builder.method(request.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String multipart(Map<String, String> fields, String boundary) {
        StringBuilder out = new StringBuilder();
        fields.forEach((name, value) -> out.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        return out.append("--").append(boundary).append("--\r\n").toString();
    }
}
