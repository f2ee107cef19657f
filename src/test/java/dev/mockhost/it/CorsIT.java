package dev.mockhost.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Browser apps on other origins call the mocks: preflights and simple answers, over HTTP on a real Tomcat. */
class CorsIT extends DeployedWar {

    private static final String ORIGIN = "http://app.example.test:3000";

    @Test
    void preflightIsAnsweredWith204AllowingKeyAndMockHeaders() throws Exception {
        HttpResponse<String> response = http.send("OPTIONS", "petstore/pets", null, "Origin", ORIGIN,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type, x-api-key, x-mock-response-code");
        assertEquals(204, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String allowed = response.headers().firstValue("Access-Control-Allow-Headers").orElse("");
        for (String header : List.of("x-api-key", "content-type", "x-mock-response-code", "x-mock-response-name",
                "x-mock-response-id", "x-mock-match-request-body", "x-mock-match-request-headers")) {
            assertTrue(allowed.contains(header), header + " in " + allowed);
        }
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(response.headers().firstValue("Access-Control-Max-Age").isPresent());
        assertEquals("", response.body());
    }

    @Test
    void preflightOfAnyMethodAndPathIsAllowedWithoutMatching() throws Exception {
        HttpResponse<String> response = http.send("OPTIONS", "nosuchmock/anything", null, "Origin", ORIGIN,
                "Access-Control-Request-Method", "PROPPATCH");
        assertEquals(204, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").startsWith("PROPPATCH"));
    }

    @Test
    void simpleAnswerCarriesAllowOriginVaryAndExposedHeaders() throws Exception {
        HttpResponse<String> response = http.get("petstore/pets?limit=1", "Origin", ORIGIN);
        assertEquals(200, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().allValues("Vary").toString().contains("Origin"));
        String exposed = response.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        assertTrue(exposed.contains("X-Next-Page"), exposed);
    }

    @Test
    void errorsCarryAllowOriginToo() throws Exception {
        HttpResponse<String> response = http.get("petstore/no/such/path", "Origin", ORIGIN);
        assertEquals(404, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }
}
