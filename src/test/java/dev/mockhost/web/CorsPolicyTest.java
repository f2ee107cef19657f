package dev.mockhost.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorsPolicyTest {

    @Test
    void anyOriginByDefaultAnsweredWithStar() {
        CorsPolicy policy = new CorsPolicy("*", false, 600);
        assertTrue(policy.allows("https://anything.example"));
        assertEquals("*", policy.allowOrigin("https://anything.example"));
    }

    @Test
    void configuredOriginsAreEchoedOthersRefused() {
        CorsPolicy policy = new CorsPolicy("https://app.example, http://localhost:3000/", false, 600);
        assertTrue(policy.allows("https://APP.example"));
        assertTrue(policy.allows("http://localhost:3000"));
        assertFalse(policy.allows("https://evil.example"));
        assertEquals("https://app.example", policy.allowOrigin("https://app.example"));
    }

    @Test
    void credentialsEchoTheOriginEvenForAnyOrigin() {
        CorsPolicy policy = new CorsPolicy("*", true, 600);
        assertEquals("https://app.example", policy.allowOrigin("https://app.example"));
    }

    @Test
    void allowedHeadersAddKeyAndMockHeadersWithoutDuplicates() {
        String headers = new CorsPolicy("*", false, 600).allowHeaders("X-Custom, x-api-key");
        assertTrue(headers.startsWith("x-custom, x-api-key, content-type"), headers);
        assertEquals(headers.indexOf("x-api-key"), headers.lastIndexOf("x-api-key"));
        assertTrue(headers.contains("x-mock-response-code") && headers.contains("x-mock-match-request-body"));
    }

    @Test
    void unusualMethodsAreAllowedWhenAsked() {
        CorsPolicy policy = new CorsPolicy("*", false, 600);
        assertEquals(CorsPolicy.METHODS, policy.allowMethods("put"));
        assertTrue(policy.allowMethods("PROPFIND").startsWith("PROPFIND, "));
    }
}
