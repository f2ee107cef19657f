package dev.mockhost.proxy;

import dev.mockhost.mock.ProxyConfig;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForwarderTest {

    @Test
    void targetPathIsAPrefixAndSegmentsAreReEncoded() {
        assertEquals(URI.create("https://api.test/v1/pets/a%20b?x=1"),
                Forwarder.target(URI.create("https://api.test/v1/"), List.of("pets", "a b"), "x=1"));
        assertEquals(URI.create("http://h:81/"), Forwarder.target(URI.create("http://h:81"), List.of(), ""));
    }

    @Test
    void hopByHopAndMockhostHeadersStayHere() {
        for (String name : List.of("Connection", "Transfer-Encoding", "Host", "x-api-key", "X-Mock-Response-Name")) {
            assertFalse(Forwarder.forwarded(name), name);
        }
        assertTrue(Forwarder.forwarded("Authorization"));
        assertTrue(Forwarder.forwarded("Accept"));
    }

    @Test
    void allowListNamesHostOrHostAndPort() {
        ProxySettings settings = ProxySettings.of("api.test, local:8081", 1000, "", "", 1, 1);
        assertTrue(settings.allows(new ProxyConfig(URI.create("https://api.test"), ProxyConfig.Mode.RECORD)));
        assertTrue(settings.allows(new ProxyConfig(URI.create("http://local:8081"), ProxyConfig.Mode.RECORD)));
        assertFalse(settings.allows(new ProxyConfig(URI.create("http://local:8082"), ProxyConfig.Mode.RECORD)));
        assertFalse(settings.allows(new ProxyConfig(URI.create("http://evil.test"), ProxyConfig.Mode.RECORD)));
        assertFalse(ProxySettings.of("", 1000, "", "", 1, 1)
                .allows(new ProxyConfig(URI.create("http://api.test"), ProxyConfig.Mode.RECORD)));
    }
}
