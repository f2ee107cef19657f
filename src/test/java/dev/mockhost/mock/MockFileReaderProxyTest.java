package dev.mockhost.mock;

import dev.mockhost.collection.InvalidFileException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MockFileReaderProxyTest {

    private static MockDefinition read(String json) throws InvalidFileException {
        return new MockFileReader().read("mocks/m.json", "m", json.getBytes(StandardCharsets.UTF_8)).value();
    }

    @Test
    void proxyIsReadWithItsMode() throws Exception {
        MockDefinition mock = read("{\"collection\": \"c\", \"proxy\": {\"target\": \"https://api.test/v1\", "
                + "\"mode\": \"record\"}}");
        assertEquals(new ProxyConfig(URI.create("https://api.test/v1"), ProxyConfig.Mode.RECORD), mock.proxy());
        assertEquals("api.test:443", mock.proxy().hostAndPort());
    }

    @Test
    void modeDefaultsToPassthroughAndNullIsNone() throws Exception {
        assertEquals(ProxyConfig.Mode.PASSTHROUGH, read("{\"collection\": \"c\", \"proxy\": {\"target\": "
                + "\"http://h:81\"}}").proxy().mode());
        assertNull(read("{\"collection\": \"c\", \"proxy\": null}").proxy());
    }

    @Test
    void unusableTargetsAndModesAreRefused() {
        for (String proxy : new String[] {"\"x\"", "{}", "{\"target\": \"ftp://h\"}", "{\"target\": \"/relative\"}",
                "{\"target\": \"http://h?q=1\"}", "{\"target\": \"http://u:p@h\"}",
                "{\"target\": \"http://h\", \"mode\": \"replay\"}"}) {
            assertThrows(InvalidFileException.class, () -> read("{\"collection\": \"c\", \"proxy\": " + proxy + "}"),
                    proxy);
        }
    }
}
