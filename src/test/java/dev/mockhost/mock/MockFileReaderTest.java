package dev.mockhost.mock;

import dev.mockhost.collection.InvalidFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MockFileReaderTest {

    private static MockDefinition read(String json) throws InvalidFileException {
        return new MockFileReader().read("mocks/priv.json", "priv", json.getBytes(StandardCharsets.UTF_8)).value();
    }

    @Test
    void readsTheIssuesFormat() throws Exception {
        MockDefinition mock = read("""
                {"name": "priv", "collection": "conf", "environment": "dev", "private": true, "owner": "alice",
                 "delay": {"min": 10, "max": 20}, "matchBody": true, "matchHeaders": ["X-Tenant"]}""");
        assertEquals("priv", mock.name());
        assertEquals("conf", mock.collection());
        assertEquals("dev", mock.environment());
        assertTrue(mock.isPrivate());
        assertEquals("alice", mock.owner());
        assertEquals(new Delay(10, 20), mock.delay());
        assertTrue(mock.match().matchBody());
        assertEquals(List.of("X-Tenant"), mock.match().matchHeaders());
        assertTrue(mock.match().matchQueryParams() && mock.matchWildcards());
    }

    @Test
    void readsPostmansConfigShape() throws Exception {
        MockDefinition mock = read("""
                {"collection": "conf", "config": {"headers": ["a"], "matchQueryParams": false, "matchWildcards": false,
                 "delay": {"type": "fixed", "preset": "1"}}}""");
        assertFalse(mock.isPrivate());
        assertEquals(List.of("a"), mock.match().matchHeaders());
        assertFalse(mock.match().matchQueryParams());
        assertFalse(mock.matchWildcards());
        assertEquals(new Delay(300, 300), mock.delay());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"delay\": {\"type\": \"fixed\", \"preset\": \"2\"}} | 100 | 100",
            "{\"delay\": {\"type\": \"fixed\", \"duration\": 750}} | 750 | 750",
            "{\"delay\": 40} | 40 | 40",
            "{\"delay\": {\"min\": 5}} | 5 | 5",
            "{} | 0 | 0",
    })
    void delayShapes(String config, long min, long max) throws Exception {
        String rest = config.substring(1).strip();
        String json = "{\"collection\": \"c\"" + (rest.equals("}") ? "}" : ", " + rest);
        assertEquals(new Delay(min, max), read(json).delay());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{} | collection",
            "{\"collection\": \"c\", \"delay\": {\"min\": 9, \"max\": 1}} | delay",
            "{\"collection\": \"c\", \"delay\": {\"min\": 999999999}} | delay",
            "{\"collection\": \"c\", \"delay\": \"soon\"} | delay",
            "{\"collection\": \"c\", \"matchHeaders\": \"X\"} | matchHeaders",
            "[] | JSON object",
    })
    void invalidMockFilesNameTheProblem(String json, String field) {
        InvalidFileException error = assertThrows(InvalidFileException.class, () -> read(json));
        assertTrue(error.getMessage().contains(field), error.getMessage());
    }
}
