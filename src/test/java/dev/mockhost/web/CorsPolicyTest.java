package dev.mockhost.web;

import dev.mockhost.answer.Answerer;
import dev.mockhost.matching.MatchDirectives;
import dev.mockhost.mock.Delay;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    @Test
    void everyHeaderACallMayCarryIsAllowedWithoutBeingListed() {
        List<String> read = new ArrayList<>(MatchDirectives.HEADERS);
        read.add(Delay.HEADER);
        read.add(Answerer.EXPLAIN);
        read.add(AccessFilter.API_KEY);
        String allowed = new CorsPolicy("*", false, 600).allowHeaders(null);
        read.forEach(header -> assertTrue(allowed.contains(header.toLowerCase(Locale.ROOT)), header + ": " + allowed));
    }
}
