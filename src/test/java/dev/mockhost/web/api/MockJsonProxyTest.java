package dev.mockhost.web.api;

import dev.mockhost.matching.MatchSettings;
import dev.mockhost.matching.RouteIndex;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.Delay;
import dev.mockhost.mock.MockDefinition;
import dev.mockhost.mock.ProxyConfig;
import dev.mockhost.proxy.ProxySettings;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mock object's {@code proxy}: the upstream as the mock names it, and whether the server's allow-list lets it. */
class MockJsonProxyTest {

    @Test
    void noUpstreamIsNull() {
        assertEquals(JsonValue.NULL, document(null, "127.0.0.1").get("proxy"));
    }

    @ParameterizedTest(name = "{0}: {1} with allowedHosts \"{2}\" is allowed={3}")
    @CsvSource(delimiter = '|', value = {
        "hostForAnyPort            | http://127.0.0.1:1234      | 127.0.0.1                   | true",
        "hostAndPort               | http://127.0.0.1:1234      | 127.0.0.1:1234              | true",
        "otherPortRefused          | http://127.0.0.1:1234      | 127.0.0.1:80                | false",
        "schemePortCounts          | https://api.test.intranet  | api.test.intranet:443       | true",
        "hostMissingFromTheList    | http://not-allowed.example | 127.0.0.1, api.test.intranet | false",
        "emptyListAllowsNone       | http://127.0.0.1:1234      | ''                          | false",
    })
    void allowedIsTheServersAllowList(String rule, String target, String allowedHosts, boolean allowed) {
        JsonObject proxy = document(new ProxyConfig(URI.create(target), ProxyConfig.Mode.RECORD), allowedHosts)
                .getJsonObject("proxy");
        assertEquals(target, proxy.getString("target"), rule);
        assertEquals("record", proxy.getString("mode"), rule);
        assertEquals(allowed, proxy.getBoolean("allowed"), rule);
    }

    private static JsonObject document(ProxyConfig proxy, String allowedHosts) {
        MockDefinition definition = new MockDefinition("shop", "shop", null, false, null, MatchSettings.DEFAULT, true,
                Delay.NONE, List.of(), null, proxy);
        CompiledMock mock = new CompiledMock(definition, "Shop", "collections/shop.json", "mocks/shop.json",
                RouteIndex.of(List.of()));
        return MockJson.of(mock, "http://127.0.0.1:8080/mockhost/shop", null,
                ProxySettings.of(allowedHosts, 1000, "", "", 1024, 20, 500));
    }
}
